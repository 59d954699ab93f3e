using BudgetEngine.Cli;

return (int)BudgetEngineCli.Run(args, CliConsole.Process());
