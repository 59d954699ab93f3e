using BudgetEngine.Cli.Texts;

namespace BudgetEngine.Cli;

/// <summary>Progress on standard error, for runs over more than <see cref="Threshold"/> files (unless --quiet).</summary>
public sealed class Progress(CliConsole console, CliText text, int files, bool quiet)
{
    /// <summary>Up to this many files a run is quiet about its progress.</summary>
    public const int Threshold = 3;

    private readonly bool _shown = !quiet && files > Threshold;
    private int _done;

    /// <summary>Says which file is next.</summary>
    public void Next(string name)
    {
        _done++;
        if (_shown) console.StandardError.WriteLine(text.Get("Progress", _done, files, name));
    }

    /// <summary>Says how the run ended.</summary>
    public void Done(int succeeded, int invalid)
    {
        if (_shown) console.StandardError.WriteLine(text.Get("Summary", succeeded, files, invalid));
    }
}
