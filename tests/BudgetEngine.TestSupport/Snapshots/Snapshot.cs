using System.Runtime.CompilerServices;

namespace BudgetEngine.TestSupport.Snapshots;

/// <summary>
/// Approved-file ("snapshot") assertions, our small replacement for Verify: the approved text is committed beside the
/// test in <c>__snapshots__/&lt;name&gt;.approved.&lt;ext&gt;</c>. On a mismatch, or when no approved file exists, the actual
/// text is written to <c>&lt;name&gt;.received.&lt;ext&gt;</c> next to it and the test fails with the first differing line.
/// With the environment variable <c>BUDGETENGINE_APPROVE=1</c> the approved file is written instead and the test passes.
/// A missing approved file is never approved silently. No clock, no randomness: the same text gives the same files.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that switches to approving: <c>BUDGETENGINE_APPROVE=1</c>.</summary>
    public const string ApproveVariable = "BUDGETENGINE_APPROVE";

    /// <summary>True when <see cref="ApproveVariable"/> is <c>1</c> or <c>true</c> (any case).</summary>
    public static bool ApproveModeFromEnvironment() =>
        Environment.GetEnvironmentVariable(ApproveVariable)?.Trim() is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Compares <paramref name="actual"/> with the approved text <paramref name="name"/> beside the calling test file.</summary>
    /// <param name="actual">The text under test (line endings are normalised to \n).</param>
    /// <param name="name">The snapshot's name: a plain file name without extension, unique within the test's folder.</param>
    /// <param name="extension">The file extension without the dot (<c>txt</c>, <c>json</c>, <c>md</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    public static void Match(string actual, string name, string extension = "txt", [CallerFilePath] string sourceFile = "") =>
        new SnapshotVerifier(ApproveModeFromEnvironment()).Match(actual, name, extension, sourceFile);

    /// <summary>Compares JSON with the approved <c>&lt;name&gt;.approved.json</c>, after indenting both the same way.</summary>
    public static void MatchJson(string json, string name, [CallerFilePath] string sourceFile = "") =>
        new SnapshotVerifier(ApproveModeFromEnvironment()).MatchJson(json, name, sourceFile);
}
