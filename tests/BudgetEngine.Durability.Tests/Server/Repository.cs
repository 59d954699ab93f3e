namespace BudgetEngine.Durability.Tests.Server;

/// <summary>Paths in the repository.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/BudgetEngine.Durability.Tests/fixtures: one database per schema version.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "BudgetEngine.Durability.Tests", "fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetEngine.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (BudgetEngine.sln) was not found above " + AppContext.BaseDirectory);
    }
}
