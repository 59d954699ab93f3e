namespace BudgetEngine.TestSupport;

/// <summary>Paths in the repository.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string GooiEnVechtstreek => File.ReadAllText(Path.Combine(Samples, "gooi-en-vechtstreek-ghnt-2018-2021.json"));

    public static string GooiEnVechtstreekWithoutConditional =>
        File.ReadAllText(Path.Combine(Samples, "gooi-en-vechtstreek-ghnt-2018-2021-zonder-projectenpool-onder-voorbehoud.json"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetEngine.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (BudgetEngine.sln) was not found above " + AppContext.BaseDirectory);
    }
}
