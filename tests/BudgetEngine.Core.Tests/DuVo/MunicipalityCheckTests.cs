using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;
using BudgetEngine.Core.Tests.Municipalities;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>A DU VO plan or distribution that names a municipality that did not exist in its year is flagged, by the list it is given.</summary>
public class MunicipalityCheckTests
{
    private static SpendPlan Utrecht(int? year, params Regiogemeente[] regiogemeenten) =>
        new("GM0344", year, [new SpendCategory("Veilig Thuis", Money.FromEuros(1_000_000m))])
        {
            Name = "Utrecht",
            Payment = Money.FromEuros(1_000_000m),
            Regiogemeenten = regiogemeenten,
        };

    private static Regiogemeente Regio(string code, string name) => new(code, name) { Inhabitants = 10_000 };

    private static IReadOnlyList<Finding> Flagged(SpendBreakdown breakdown) =>
        breakdown.Findings.Where(f => f.Code.StartsWith("MUNICIPALITY_", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Vianen_in_a_2019_plan_is_dissolved_with_Vijfheerenlanden_as_its_successor()
    {
        var breakdown = SpendPlanCalculator.Calculate(Utrecht(2019, Regio("GM0344", "Utrecht"), Regio("GM0620", "Vianen")),
            municipalities: MunicipalityRegistryTests.Registry);

        var finding = Flagged(breakdown).Should().ContainSingle().Subject;
        finding.Code.Should().Be(DuVoFindingCode.MunicipalityDissolved);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Year.Should().Be(2019);
        finding.Line.Should().Be("GM0620");
        finding.Suggestion.Should().Be("GM1961");
        finding.Message.Should().Be("Regiogemeente Vianen (GM0620) no longer existed at the end of 2019: on 2019-01-01 it became part of "
            + "Vijfheerenlanden (GM1961); name Vijfheerenlanden (GM1961) instead.");
    }

    [Fact]
    public void Weesp_in_a_2022_plan_is_dissolved_with_Amsterdam_as_its_successor()
    {
        var breakdown = SpendPlanCalculator.Calculate(Utrecht(2022, Regio("GM0402", "Hilversum"), Regio("GM0457", "Weesp")),
            municipalities: MunicipalityRegistryTests.Registry);

        var finding = Flagged(breakdown).Should().ContainSingle().Subject;
        finding.Code.Should().Be(DuVoFindingCode.MunicipalityDissolved);
        finding.Suggestion.Should().Be("GM0363");
        finding.MessageIn(MessageLanguage.Dutch).Should().Be("Regiogemeente Weesp (GM0457) bestond eind 2022 niet meer: op 2022-03-24 is de gemeente "
            + "opgegaan in Amsterdam (GM0363); noem in plaats daarvan Amsterdam (GM0363).");
    }

    [Fact]
    public void Vianen_in_a_2018_plan_is_not_flagged()
    {
        var breakdown = SpendPlanCalculator.Calculate(Utrecht(2018, Regio("GM0620", "Vianen")), municipalities: MunicipalityRegistryTests.Registry);

        Flagged(breakdown).Should().BeEmpty();
    }

    [Fact]
    public void A_municipality_formed_after_the_plans_year_is_unknown_in_it()
    {
        var breakdown = SpendPlanCalculator.Calculate(Utrecht(2018, Regio("GM1961", "Vijfheerenlanden")), municipalities: MunicipalityRegistryTests.Registry);

        var finding = Flagged(breakdown).Should().ContainSingle().Subject;
        finding.Code.Should().Be(DuVoFindingCode.MunicipalityUnknown);
        finding.Text!.Id.Should().Be("Municipality.NotYetFormed");
    }

    [Fact]
    public void A_code_the_list_does_not_have_is_unknown_and_the_message_names_the_list()
    {
        var breakdown = SpendPlanCalculator.Calculate(Utrecht(2020, Regio("GM9999", "Nergenshuizen")), municipalities: MunicipalityRegistryTests.Registry);

        var finding = Flagged(breakdown).Should().ContainSingle().Subject;
        finding.Code.Should().Be(DuVoFindingCode.MunicipalityUnknown);
        finding.Line.Should().Be("GM9999");
        finding.Message.Should().Contain("CBS, Gemeentelijke indelingen per jaar (test extract), 2026-01-01");
    }

    [Fact]
    public void The_centrumgemeente_is_checked_too()
    {
        var plan = Utrecht(2020) with { Centrumgemeente = "GM9998", Name = "Onbekend" };

        var finding = Flagged(SpendPlanCalculator.Calculate(plan, municipalities: MunicipalityRegistryTests.Registry)).Should().ContainSingle().Subject;

        finding.Message.Should().StartWith("Centrumgemeente Onbekend (GM9998)");
    }

    [Fact]
    public void A_plan_of_no_particular_year_is_not_checked()
    {
        var breakdown = SpendPlanCalculator.Calculate(Utrecht(null, Regio("GM0620", "Vianen")), municipalities: MunicipalityRegistryTests.Registry);

        Flagged(breakdown).Should().BeEmpty();
    }

    [Fact]
    public void Without_a_list_nothing_is_checked()
    {
        Flagged(SpendPlanCalculator.Calculate(Utrecht(2019, Regio("GM0620", "Vianen")))).Should().BeEmpty();
    }

    [Fact]
    public void The_check_changes_no_figure()
    {
        var plan = Utrecht(2019, Regio("GM0344", "Utrecht"), Regio("GM0620", "Vianen")) with { Payment = Money.FromEuros(900_000m) };

        var checkedBreakdown = SpendPlanCalculator.Calculate(plan, municipalities: MunicipalityRegistryTests.Registry);
        var withoutList = SpendPlanCalculator.Calculate(plan);

        // 100,000 short, split 50,000 / 50,000 over two regiogemeenten of 10,000 inhabitants each, with or without the list.
        checkedBreakdown.Cofinancing.Select(c => c.Amount).Should().Equal(withoutList.Cofinancing.Select(c => c.Amount));
        checkedBreakdown.Cofinancing.Select(c => c.Amount.Euros).Should().Equal(50_000m, 50_000m);
    }

    [Fact]
    public void A_distribution_naming_a_dissolved_centrumgemeente_is_flagged()
    {
        var input = new DistributionInput(2019, Money.FromEuros(1_000_000m), 1m,
        [
            new DistributionEntry("GM0344", "Utrecht", Money.FromEuros(600_000m), 6m),
            new DistributionEntry("GM0620", "Vianen", Money.FromEuros(400_000m), 4m),
        ]);

        var result = DuVoDistribution.Calculate(input, MunicipalityRegistryTests.Registry);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(DuVoFindingCode.MunicipalityDissolved);
        finding.Message.Should().StartWith("Centrumgemeente Vianen (GM0620) no longer existed at the end of 2019");
        result.TotalPayments.Should().Be(Money.FromEuros(1_000_000m), "the check changes no payment");
    }

    /// <summary>Littenseradiel (GM0140) was split over three municipalities on 1 January 2018.</summary>
    private static MunicipalityRegistry Friesland(bool withSuccessors) => new("CBS, Gemeentelijke indelingen per jaar (test extract)", new DateOnly(2026, 1, 1),
    [
        new Municipality(CbsCode.Parse("GM0080"), "Leeuwarden"),
        new Municipality(CbsCode.Parse("GM0140"), "Littenseradiel")
        {
            ValidUntil = new DateOnly(2017, 12, 31),
            Successors = withSuccessors ? [CbsCode.Parse("GM0080"), CbsCode.Parse("GM1900"), CbsCode.Parse("GM1949")] : [],
        },
        new Municipality(CbsCode.Parse("GM1900"), "Súdwest-Fryslân"),
        new Municipality(CbsCode.Parse("GM1949"), "Waadhoeke") { ValidFrom = new DateOnly(2018, 1, 1) },
    ]);

    private static SpendPlan Leeuwarden2018 =>
        new("GM0080", 2018, [new SpendCategory("Veilig Thuis", Money.FromEuros(1_000_000m))])
        {
            Name = "Leeuwarden",
            Payment = Money.FromEuros(1_000_000m),
            Regiogemeenten = [Regio("GM0080", "Leeuwarden"), Regio("GM0140", "Littenseradiel")],
        };

    [Fact]
    public void A_municipality_split_over_several_successors_names_them_all()
    {
        var finding = MunicipalityCheck.Of(Leeuwarden2018, Friesland(withSuccessors: true)).Should().ContainSingle().Subject;

        finding.Suggestion.Should().Be("GM0080,GM1900,GM1949");
        finding.Message.Should().Be("Regiogemeente Littenseradiel (GM0140) no longer existed at the end of 2018: on 2018-01-01 it became part of "
            + "Leeuwarden (GM0080), Súdwest-Fryslân (GM1900), Waadhoeke (GM1949); name Leeuwarden (GM0080), Súdwest-Fryslân (GM1900), Waadhoeke (GM1949) instead.");
    }

    [Fact]
    public void A_dissolved_municipality_whose_successors_the_list_does_not_give_is_flagged_without_a_suggestion()
    {
        var finding = MunicipalityCheck.Of(Leeuwarden2018, Friesland(withSuccessors: false)).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DuVoFindingCode.MunicipalityDissolved);
        finding.Suggestion.Should().BeNull();
        finding.Message.Should().Be("Regiogemeente Littenseradiel (GM0140) no longer existed at the end of 2018: it ceased to exist on 2018-01-01.");
    }

    [Fact]
    public void A_centrumgemeente_that_is_also_one_of_its_regiogemeenten_is_flagged_once()
    {
        // Arnhem is not in the test list; its region of 18 includes Arnhem itself.
        var plan = Utrecht(2019, Regio("GM0202", "Arnhem")) with { Centrumgemeente = "GM0202", Name = "Arnhem" };

        var finding = MunicipalityCheck.Of(plan, MunicipalityRegistryTests.Registry).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DuVoFindingCode.MunicipalityUnknown);
        finding.Message.Should().StartWith("Centrumgemeente Arnhem (GM0202) is not in the list of municipalities");
    }

    [Fact]
    public void A_code_that_is_not_a_CBS_code_is_left_to_validation()
    {
        MunicipalityCheck.Of(Utrecht(2019, Regio("GM062", "Vianen")), MunicipalityRegistryTests.Registry).Should().BeEmpty();
    }

    [Fact]
    public void A_distributions_findings_follow_the_order_of_the_codes()
    {
        // In 2022 both Vianen (GM0620, gone 2019) and Weesp (GM0457, gone March 2022) no longer exist.
        var input = new DistributionInput(2022, Money.FromEuros(1_000_000m), 1m,
        [
            new DistributionEntry("GM0620", "Vianen", Money.FromEuros(300_000m), 3m),
            new DistributionEntry("GM0457", "Weesp", Money.FromEuros(200_000m), 2m),
            new DistributionEntry("GM0344", "Utrecht", Money.FromEuros(500_000m), 5m),
        ]);

        MunicipalityCheck.Of(input, MunicipalityRegistryTests.Registry).Select(f => f.Line).Should().Equal("GM0457", "GM0620");
    }
}
