namespace BudgetEngine.Cli;

/// <summary>What the process answers, documented in <c>budgetengine --help</c> and docs/cli.md.</summary>
public enum ExitCode
{
    /// <summary>Every input was read and every output written.</summary>
    Done = 0,

    /// <summary>At least one input is not valid; what is wrong is on standard error, one line per field.</summary>
    InvalidInput = 1,

    /// <summary>The command line is wrong (unknown command or option, a missing or bad value).</summary>
    Usage = 2,

    /// <summary>A file could not be read or written.</summary>
    FileError = 3,
}
