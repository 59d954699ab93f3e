using BudgetEngine.Cli.Texts;

namespace BudgetEngine.Cli;

/// <summary>An input as the user named it (a path, or <c>-</c> for standard input) and its bytes.</summary>
/// <param name="Name">As typed: what problems are reported under.</param>
/// <param name="Stem">The file name without its extension, for the output file (<c>stdin</c> for <c>-</c>).</param>
/// <param name="Bytes">The whole file.</param>
public sealed record InputFile(string Name, string Stem, byte[] Bytes)
{
    /// <summary>Reads <paramref name="name"/>, or says on standard error why it cannot be read (null).</summary>
    public static InputFile? Read(string name, CliConsole console, CliText text)
    {
        var (file, error) = TryRead(name, console, text);
        if (error is not null) console.StandardError.WriteLine(error);
        return file;
    }

    /// <summary>Reads <paramref name="name"/>, or says why it cannot be read; writes nothing (safe on several threads).</summary>
    public static (InputFile? File, string? Error) TryRead(string name, CliConsole console, CliText text)
    {
        try
        {
            if (name == "-")
            {
                using var input = console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                return (new InputFile(name, "stdin", buffer.ToArray()), null);
            }
            var path = console.Resolve(name);
            return (new InputFile(name, Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, text.Get("CannotRead", name, e.Message));
        }
    }

    /// <summary>The bytes without a UTF-8 byte order mark.</summary>
    public ReadOnlySpan<byte> Utf8 => Bytes.AsSpan().StartsWith("\uFEFF"u8) ? Bytes.AsSpan(3) : Bytes;
}
