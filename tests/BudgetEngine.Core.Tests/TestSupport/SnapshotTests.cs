using BudgetEngine.TestSupport.Snapshots;

namespace BudgetEngine.Core.Tests.TestSupport;

/// <summary>The snapshot helper itself, in a temporary folder (never the repository), with the approve mode given explicitly.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetengine-snapshot-tests-").FullName;

    private string SourceFile => Path.Combine(_folder, "SomeTests.cs");

    private string Approved(string name, string extension = "txt") => Path.Combine(_folder, "__snapshots__", $"{name}.approved.{extension}");

    private string Received(string name, string extension = "txt") => Path.Combine(_folder, "__snapshots__", $"{name}.received.{extension}");

    private void WriteApproved(string name, string text, string extension = "txt")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved(name, extension))!);
        File.WriteAllText(Approved(name, extension), text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_matching_text_passes_and_removes_a_stale_received_file()
    {
        WriteApproved("table", "a\nb\n");
        File.WriteAllText(Received("table"), "old");

        new SnapshotVerifier(approve: false).Match("a\nb", "table", "txt", SourceFile);

        File.Exists(Received("table")).Should().BeFalse();
    }

    [Fact]
    public void Line_endings_and_trailing_newlines_do_not_count()
    {
        WriteApproved("table", "a\r\nb\r\n\r\n");

        new SnapshotVerifier(approve: false).Match("a\nb", "table", "txt", SourceFile);
        new SnapshotVerifier(approve: false).Match("a\rb\n", "table", "txt", SourceFile);
    }

    [Fact]
    public void A_mismatch_fails_with_the_first_differing_line_and_writes_the_received_file()
    {
        WriteApproved("table", "header\n€ 25.000,00\nfooter\n");

        var act = () => new SnapshotVerifier(approve: false).Match("header\n€ 25.000,01\nfooter", "table", "txt", SourceFile);

        act.Should().Throw<SnapshotMismatchException>()
            .WithMessage("*line 2, column 11*approved: \"€ 25.000,00\"*received: \"€ 25.000,01\"*")
            .WithMessage($"*{Received("table")}*BUDGETENGINE_APPROVE=1*");
        File.ReadAllText(Received("table")).Should().Be("header\n€ 25.000,01\nfooter\n");
        File.ReadAllText(Approved("table")).Should().Be("header\n€ 25.000,00\nfooter\n", "a mismatch never changes the approved file");
    }

    [Fact]
    public void A_shorter_or_longer_text_is_reported_at_its_end()
    {
        SnapshotVerifier.Describe("a\nb\n", "a\n").Should().Contain("line 2").And.Contain("received: (end of text)");
        SnapshotVerifier.Describe("a\n", "a\nb\n").Should().Contain("line 2").And.Contain("approved: (end of text)");
    }

    [Fact]
    public void A_missing_approved_file_fails_and_is_not_created()
    {
        var act = () => new SnapshotVerifier(approve: false).Match("new", "fresh", "txt", SourceFile);

        act.Should().Throw<SnapshotMismatchException>().WithMessage("No approved snapshot at*");
        File.Exists(Approved("fresh")).Should().BeFalse("a missing snapshot is never approved silently");
        File.ReadAllText(Received("fresh")).Should().Be("new\n");
    }

    [Fact]
    public void Approve_mode_writes_the_approved_file_and_passes()
    {
        var verifier = new SnapshotVerifier(approve: true);

        verifier.Match("first\r\n", "fresh", "md", SourceFile);
        File.ReadAllText(Approved("fresh", "md")).Should().Be("first\n");

        File.WriteAllText(Received("fresh", "md"), "stale");
        verifier.Match("second", "fresh", "md", SourceFile);
        File.ReadAllText(Approved("fresh", "md")).Should().Be("second\n");
        File.Exists(Received("fresh", "md")).Should().BeFalse();

        new SnapshotVerifier(approve: false).Match("second", "fresh", "md", SourceFile);
    }

    [Fact]
    public void Compare_reports_each_outcome()
    {
        var path = Approved("outcomes");

        new SnapshotVerifier(false).Compare("x", path).Outcome.Should().Be(SnapshotOutcome.Missing);
        new SnapshotVerifier(true).Compare("x", path).Outcome.Should().Be(SnapshotOutcome.Approved);
        new SnapshotVerifier(false).Compare("x", path).Outcome.Should().Be(SnapshotOutcome.Matched);
        new SnapshotVerifier(false).Compare("y", path).Outcome.Should().Be(SnapshotOutcome.Mismatched);
        new SnapshotVerifier(true).Compare("x", path).Passed.Should().BeTrue();
    }

    [Fact]
    public void Json_is_compared_after_indenting_both_the_same_way()
    {
        WriteApproved("payload", "{\n  \"amount\": \"€ 25.000,00\",\n  \"cents\": 2500000,\n  \"parts\": [\n    1.50,\n    2\n  ]\n}\n", "json");

        new SnapshotVerifier(approve: false).MatchJson("{\"amount\":\"€ 25.000,00\",\"cents\":2500000,\"parts\":[1.50,2]}", "payload", SourceFile);
        var act = () => new SnapshotVerifier(approve: false).MatchJson("{\"amount\":\"€ 25.000,00\",\"cents\":2500001,\"parts\":[1.50,2]}", "payload", SourceFile);

        act.Should().Throw<SnapshotMismatchException>().WithMessage("*line 3*");
        File.ReadAllText(Received("payload", "json")).Should().Contain("\"cents\": 2500001");
    }

    [Fact]
    public void Json_normalisation_keeps_property_order_and_number_notation()
    {
        SnapshotVerifier.NormaliseJson("{ \"b\": 1.50, \"a\": [ ] }").Should().Be("{\n  \"b\": 1.50,\n  \"a\": []\n}");
        FluentActions.Invoking(() => SnapshotVerifier.NormaliseJson("{ not json")).Should().Throw<SnapshotMismatchException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    public void A_name_with_folders_is_rejected(string name)
    {
        FluentActions.Invoking(() => SnapshotVerifier.ApprovedPath(name, "txt", SourceFile)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_missing_source_folder_is_explained()
    {
        FluentActions.Invoking(() => SnapshotVerifier.ApprovedPath("x", "txt", "/_/tests/SomeTests.cs"))
            .Should().Throw<InvalidOperationException>().WithMessage("*PathMap*");
    }

    [Fact]
    public void The_approved_file_lives_beside_the_calling_test()
    {
        SnapshotVerifier.ApprovedPath("money-formats", "txt", SourceFile).Should().Be(Approved("money-formats"));
        SnapshotVerifier.ReceivedPathFor(Approved("money-formats")).Should().Be(Received("money-formats"));
    }
}
