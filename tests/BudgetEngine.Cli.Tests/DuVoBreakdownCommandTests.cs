using BudgetEngine.Cli;

namespace BudgetEngine.Cli.Tests;

public sealed class DuVoBreakdownCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string Sample(string name) => Path.Combine(Workspace.Samples, "duvo", name);

    [Fact]
    public void Utrechts_2015_plan_spends_its_payment_of_5_413_666_on_three_categories()
    {
        // Seed 004: 1,014,710 + 4,020,714 + 378,242 = 5,413,666, nothing short, nobody co-finances.
        var run = _workspace.Run("duvo", "breakdown", Sample("plan-GM0344-2015-utrecht.json"));

        run.Exit.Should().Be(ExitCode.Done);
        var breakdown = run.OutputDocuments.Should().ContainSingle().Subject;
        breakdown["payment"]!.GetValue<decimal>().Should().Be(5_413_666m);
        breakdown["categories"]!.AsArray().Select(c => c!["amount"]!.GetValue<decimal>()).Should().Equal(1_014_710m, 4_020_714m, 378_242m);
        breakdown["shortfall"]!.GetValue<decimal>().Should().Be(0m);
    }

    [Fact]
    public void A_dissolved_municipality_is_flagged_against_the_shipped_list()
    {
        // Vianen (GM0620) became part of Vijfheerenlanden (GM1961) on 1 January 2019.
        var run = _workspace.Run("duvo", "breakdown", Sample(Path.Combine("municipalities", "breakdown-GM0344-2019-utrecht-vianen.json")), "--lang", "en");

        run.Exit.Should().Be(ExitCode.Done);
        var findings = run.OutputDocuments[0]["findings"]!.AsArray();
        findings.Select(f => f!["code"]!.GetValue<string>()).Should().Contain("MUNICIPALITY_DISSOLVED");
    }

    [Fact]
    public void A_dissolved_centrumgemeente_of_the_distribution_in_the_file_is_flagged()
    {
        // Vianen (GM0620) no longer existed at the end of 2019; the plan takes Utrecht's 600,000 from the distribution (weights 6 and 4).
        _workspace.Write("plan.json", """
            { "code": "GM0344", "year": 2019, "categories": [{ "name": "Veilig Thuis", "amount": 600000 }],
              "distribution": { "macroBudget": 1000000, "phaseIn": 1,
                "centrumgemeenten": [ { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 6 },
                                      { "code": "GM0620", "name": "Vianen", "historical": 400000, "keyWeight": 4 } ] } }
            """);

        var run = _workspace.Run("duvo", "breakdown", "plan.json");

        run.Exit.Should().Be(ExitCode.Done);
        var findings = run.OutputDocuments[0]["findings"]!.AsArray();
        findings.Where(f => f!["code"]!.GetValue<string>() == "MUNICIPALITY_DISSOLVED").Select(f => f!["line"]!.GetValue<string>())
            .Should().Equal("GM0620");
    }

    [Fact]
    public void A_plan_without_payment_or_distribution_exits_1_naming_the_field()
    {
        _workspace.Write("plan.json", """{ "categories": [{ "name": "Algemeen", "amount": 100 }] }""");

        var run = _workspace.Run("duvo", "breakdown", "plan.json", "--lang", "en");

        run.Exit.Should().Be(ExitCode.InvalidInput);
        run.Error.Should().StartWith("plan.json: /payment: ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void With_out_the_sheet_is_written_as_a_csv_file_named_after_the_plan()
    {
        var run = _workspace.Run("duvo", "breakdown", Sample("plan-GM0344-2015-utrecht.json"), "--format", "csv", "--out", "uit");

        run.Exit.Should().Be(ExitCode.Done);
        File.ReadAllText(_workspace.PathOf(Path.Combine("uit", "plan-GM0344-2015-utrecht.csv"))).Should().Contain("5.413.666,00");
    }

    [Fact]
    public void Duvo_without_breakdown_is_not_a_command()
    {
        var run = _workspace.Run("duvo", "--lang", "en");

        run.Exit.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("duvo breakdown");
    }
}
