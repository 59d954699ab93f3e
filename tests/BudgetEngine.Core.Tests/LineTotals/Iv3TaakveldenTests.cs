using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.LineTotals;

/// <summary>The published list of Iv3 taakvelden (docs/reference/iv3-taakvelden.csv) and the rule that a line's taakveld is on it.</summary>
public class Iv3TaakveldenTests
{
    [Fact]
    public void The_list_names_the_taakvelden_of_escalated_care()
    {
        Iv3Taakvelden.Find("6.81")!.Name.Should().Be("Geëscaleerde zorg 18+");
        Iv3Taakvelden.Find("6.82")!.Name.Should().Be("Geëscaleerde zorg 18-");
    }

    [Fact]
    public void The_list_has_every_code_once_from_bestuur_to_wonen_en_bouwen()
    {
        Iv3Taakvelden.All.Select(t => t.Code).Should().OnlyHaveUniqueItems();
        Iv3Taakvelden.All[0].Should().Be(new Iv3Taakveld("0.1", "Bestuur"));
        Iv3Taakvelden.All[^1].Should().Be(new Iv3Taakveld("8.3", "Wonen en bouwen"));
        Iv3Taakvelden.All.Should().HaveCount(53);
    }

    [Fact]
    public void Reading_the_embedded_list_skips_its_comments_and_header_and_splits_code_from_name()
    {
        // Read again, not the list held since the first use: 53 taakvelden, the first and last as in the file.
        var list = Iv3Taakvelden.Read(Iv3Taakvelden.EmbeddedList);

        list.Should().HaveCount(53);
        list[0].Should().Be(new Iv3Taakveld("0.1", "Bestuur"));
        list[^1].Should().Be(new Iv3Taakveld("8.3", "Wonen en bouwen"));
    }

    [Fact]
    public void A_core_built_without_the_list_says_which_file_is_missing()
    {
        FluentActions.Invoking(() => Iv3Taakvelden.Read("BudgetEngine.Core.LineTotals.absent.csv"))
            .Should().Throw<InvalidOperationException>()
            .WithMessage($"The list of Iv3 taakvelden ({Iv3Taakvelden.ReferenceFile}) is not embedded in the core.");
    }

    [Fact]
    public void A_code_is_matched_exactly_so_0_10_is_not_0_1()
    {
        Iv3Taakvelden.Find("0.10")!.Name.Should().Be("Mutaties reserves");
        Iv3Taakvelden.Find("0.1")!.Name.Should().Be("Bestuur");
        Iv3Taakvelden.Find("6.8").Should().BeNull();
    }

    [Fact]
    public void A_line_with_a_taakveld_not_on_the_list_is_refused_naming_the_field_and_the_list()
    {
        var scenario = Scenario(2019, 2019, [Source("GHNT")], [], [Line("Opvang", "GHNT", (2019, 1_000)) with { Taakveld = "6.8" }]);

        var errors = ScenarioValidator.Validate(scenario);

        errors.Should().ContainSingle().Which.Path.Should().Be("/lines/0/taakveld");
        errors[0].Message.Should().Contain("6.8").And.Contain(Iv3Taakvelden.ReferenceFile);
    }
}
