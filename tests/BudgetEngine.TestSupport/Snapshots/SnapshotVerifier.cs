using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetEngine.TestSupport.Snapshots;

/// <summary>What a snapshot comparison found.</summary>
public enum SnapshotOutcome
{
    /// <summary>The actual text equals the approved text.</summary>
    Matched,

    /// <summary>Approve mode: the approved file was written (it was missing or different).</summary>
    Approved,

    /// <summary>The actual text differs from the approved text; the received file was written.</summary>
    Mismatched,

    /// <summary>There is no approved file; the received file was written.</summary>
    Missing,
}

/// <summary>The result of one comparison, with a message a person can act on.</summary>
public sealed record SnapshotResult(SnapshotOutcome Outcome, string ApprovedPath, string ReceivedPath, string Message)
{
    /// <summary>True when the test should pass.</summary>
    public bool Passed => Outcome is SnapshotOutcome.Matched or SnapshotOutcome.Approved;
}

/// <summary>A snapshot did not match, or its approved file is missing.</summary>
public sealed class SnapshotMismatchException(string message) : Xunit.Sdk.XunitException(message);

/// <summary>The workings of <see cref="Snapshot"/>, with the approve mode given explicitly (so it can be tested).</summary>
public sealed class SnapshotVerifier(bool approve)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Whether this verifier writes approved files instead of failing.</summary>
    public bool Approve { get; } = approve;

    /// <inheritdoc cref="Snapshot.Match"/>
    public void Match(string actual, string name, string extension, string sourceFile)
    {
        var result = Compare(actual, ApprovedPath(name, extension, sourceFile));
        if (!result.Passed)
        {
            throw new SnapshotMismatchException(result.Message);
        }
    }

    /// <inheritdoc cref="Snapshot.MatchJson"/>
    public void MatchJson(string json, string name, string sourceFile) => Match(NormaliseJson(json), name, "json", sourceFile);

    /// <summary>The approved file's path for a snapshot called <paramref name="name"/> beside <paramref name="sourceFile"/>.</summary>
    public static string ApprovedPath(string name, string extension, string sourceFile)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException($"'{name}' is not a usable snapshot name: use a plain file name without folders.", nameof(name));
        }
        if (string.IsNullOrWhiteSpace(extension) || extension.StartsWith('.') || extension.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{extension}' is not a usable extension: give it without the dot, e.g. txt or json.", nameof(extension));
        }
        var folder = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The calling test's folder ('{sourceFile}') does not exist on this machine, so its snapshots cannot be found. "
                + "Build without a PathMap (ContinuousIntegrationBuild) for the tests, or pass sourceFile explicitly.");
        }
        return Path.Combine(folder, "__snapshots__", $"{name}.approved.{extension}");
    }

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="approvedPath"/>, writing files as the mode says.</summary>
    public SnapshotResult Compare(string actual, string approvedPath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var receivedPath = ReceivedPathFor(approvedPath);
        var received = Normalise(actual);
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : null;

        if (approved == received)
        {
            DeleteIfExists(receivedPath);
            return new SnapshotResult(SnapshotOutcome.Matched, approvedPath, receivedPath, $"{approvedPath} matches.");
        }
        if (Approve)
        {
            Write(approvedPath, received);
            DeleteIfExists(receivedPath);
            return new SnapshotResult(SnapshotOutcome.Approved, approvedPath, receivedPath,
                $"{approvedPath} was {(approved is null ? "created" : "updated")} ({Snapshot.ApproveVariable}=1). Review it before committing.");
        }

        Write(receivedPath, received);
        var howToApprove = $"If the new text is right, replace the approved file with the received one, or run the tests with {Snapshot.ApproveVariable}=1.";
        if (approved is null)
        {
            return new SnapshotResult(SnapshotOutcome.Missing, approvedPath, receivedPath,
                $"No approved snapshot at {approvedPath}.{Environment.NewLine}The actual text was written to {receivedPath}.{Environment.NewLine}{howToApprove}");
        }
        return new SnapshotResult(SnapshotOutcome.Mismatched, approvedPath, receivedPath,
            $"The snapshot differs from {approvedPath}.{Environment.NewLine}{Describe(approved, received)}{Environment.NewLine}"
            + $"The actual text was written to {receivedPath}.{Environment.NewLine}{howToApprove}");
    }

    /// <summary>The received file's path for an approved file (<c>x.approved.txt</c> becomes <c>x.received.txt</c>).</summary>
    public static string ReceivedPathFor(string approvedPath)
    {
        var folder = Path.GetDirectoryName(approvedPath) ?? "";
        var file = Path.GetFileName(approvedPath);
        var marker = file.LastIndexOf(".approved.", StringComparison.Ordinal);
        var received = marker >= 0 ? string.Concat(file.AsSpan(0, marker), ".received.", file.AsSpan(marker + ".approved.".Length)) : file + ".received";
        return Path.Combine(folder, received);
    }

    /// <summary>Line endings as \n, no trailing blank lines, one final newline: the form in which texts are compared and stored.</summary>
    public static string Normalise(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";

    /// <summary>JSON re-indented by two spaces with \n line endings, property order and number notation kept.</summary>
    /// <exception cref="SnapshotMismatchException">The text is not JSON.</exception>
    public static string NormaliseJson(string json)
    {
        try
        {
            var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
            return node is null ? "null" : node.ToJsonString(IndentedJson);
        }
        catch (JsonException e)
        {
            throw new SnapshotMismatchException($"The actual text is not JSON: {e.Message}");
        }
    }

    /// <summary>Where two normalised texts first differ, as a person reads it.</summary>
    public static string Describe(string approved, string received)
    {
        var approvedLines = approved.TrimEnd('\n').Split('\n');
        var receivedLines = received.TrimEnd('\n').Split('\n');
        var count = Math.Min(approvedLines.Length, receivedLines.Length);
        var line = 0;
        while (line < count && approvedLines[line] == receivedLines[line])
        {
            line++;
        }
        var a = line < approvedLines.Length ? Quote(approvedLines[line]) : "(end of text)";
        var r = line < receivedLines.Length ? Quote(receivedLines[line]) : "(end of text)";
        var column = line < count ? FirstDifference(approvedLines[line], receivedLines[line]) + 1 : 1;
        return $"First difference at line {line + 1}, column {column} "
            + $"(approved has {approvedLines.Length} lines, received has {receivedLines.Length}):{Environment.NewLine}"
            + $"  approved: {a}{Environment.NewLine}"
            + $"  received: {r}";
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        return i;
    }

    private static string Quote(string line) => "\"" + line.Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
