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
        try
        {
            if (name == "-")
            {
                using var input = console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                return new InputFile(name, "stdin", buffer.ToArray());
            }
            var path = console.Resolve(name);
            return new InputFile(name, Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            console.StandardError.WriteLine(text.Get("CannotRead", name, e.Message));
            return null;
        }
    }

    /// <summary>The bytes without a UTF-8 byte order mark.</summary>
    public ReadOnlySpan<byte> Utf8 => Bytes.AsSpan().StartsWith("\uFEFF"u8) ? Bytes.AsSpan(3) : Bytes;
}
