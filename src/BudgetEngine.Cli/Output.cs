using BudgetEngine.Cli.Texts;

namespace BudgetEngine.Cli;

/// <summary>
/// Where results go: with <c>--out DIR</c> one file per input, named after it (<c>R00.json</c> in, <c>DIR/R00.json</c> out);
/// without it, standard output, each JSON document on its own line.
/// </summary>
public sealed class Output(CliConsole console, CliText text, string? directory)
{
    /// <summary>Whether results go to files in a folder.</summary>
    public bool ToFolder => directory is not null;

    /// <summary>Writes one result; false (with the reason on standard error) when it could not be written.</summary>
    /// <param name="stem">The input's name without extension.</param>
    /// <param name="extension">The result's extension, with its dot.</param>
    /// <param name="bytes">The result.</param>
    /// <param name="lineBreak">Whether standard output gets a line break after it (JSON lines).</param>
    public bool Write(string stem, string extension, ReadOnlySpan<byte> bytes, bool lineBreak)
    {
        if (directory is null)
        {
            console.StandardOutput.Write(bytes);
            if (lineBreak) console.StandardOutput.Write("\n"u8);
            console.StandardOutput.Flush();
            return true;
        }
        var path = Path.Combine(console.Resolve(directory), stem + extension);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            console.StandardError.WriteLine(text.Get("CannotWrite", path, e.Message));
            return false;
        }
    }
}
