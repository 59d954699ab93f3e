using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Municipalities;

namespace BudgetEngine.Core.Tests.Municipalities;

/// <summary>Which municipalities a year has: judged on 31 December of the year, by the list the calculation is given.</summary>
public class MunicipalityRegistryTests
{
    private static CbsCode C(string code) => CbsCode.Parse(code);

    /// <summary>The two reorganisations of the domain, as CBS lists them.</summary>
    internal static MunicipalityRegistry Registry => new("CBS, Gemeentelijke indelingen per jaar (test extract)", new DateOnly(2026, 1, 1),
    [
        new Municipality(C("GM0344"), "Utrecht"),
        new Municipality(C("GM0363"), "Amsterdam"),
        new Municipality(C("GM0402"), "Hilversum"),
        new Municipality(C("GM0620"), "Vianen") { ValidUntil = new DateOnly(2018, 12, 31), Successors = [C("GM1961")] },
        new Municipality(C("GM1961"), "Vijfheerenlanden") { ValidFrom = new DateOnly(2019, 1, 1) },
        new Municipality(C("GM0457"), "Weesp") { ValidUntil = new DateOnly(2022, 3, 23), Successors = [C("GM0363")] },
    ]);

    [Fact]
    public void A_municipality_exists_in_every_year_up_to_its_last()
    {
        Registry.StandingIn(C("GM0620"), 2018).Should().Be(MunicipalityStanding.Exists);
    }

    [Fact]
    public void A_municipality_merged_on_1_January_is_dissolved_in_that_year()
    {
        Registry.StandingIn(C("GM0620"), 2019).Should().Be(MunicipalityStanding.Dissolved);
    }

    [Fact]
    public void A_municipality_merged_during_a_year_is_dissolved_in_that_year_as_it_is_not_there_at_its_end()
    {
        // Weesp ended on 2022-03-23: on 31 December 2022 Amsterdam pays for it.
        Registry.StandingIn(C("GM0457"), 2022).Should().Be(MunicipalityStanding.Dissolved);
        Registry.StandingIn(C("GM0457"), 2021).Should().Be(MunicipalityStanding.Exists);
    }

    [Fact]
    public void A_municipality_formed_after_a_year_did_not_exist_yet_in_it()
    {
        Registry.StandingIn(C("GM1961"), 2018).Should().Be(MunicipalityStanding.NotYetFormed);
        Registry.StandingIn(C("GM1961"), 2019).Should().Be(MunicipalityStanding.Exists);
    }

    [Fact]
    public void A_code_the_list_does_not_have_is_unknown()
    {
        Registry.StandingIn(C("GM9999"), 2020).Should().Be(MunicipalityStanding.Unknown);
    }

    [Fact]
    public void A_valid_list_has_no_errors()
    {
        Registry.Validate().Should().BeEmpty();
    }

    [Fact]
    public void A_list_names_its_source()
    {
        var list = new MunicipalityRegistry(" ", new DateOnly(2026, 1, 1), Registry.Municipalities);

        list.Validate().Select(e => e.Path).Should().Equal("/source");
    }

    [Fact]
    public void A_code_appears_once()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1), [.. Registry.Municipalities, new Municipality(C("GM0344"), "Utrecht")]);

        list.Validate().Select(e => e.Path).Should().Equal("/municipalities/6/code");
    }

    [Fact]
    public void A_last_day_before_the_first_is_refused()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1),
            [new Municipality(C("GM0001"), "A") { ValidFrom = new DateOnly(2020, 1, 1), ValidUntil = new DateOnly(2019, 12, 31) }]);

        list.Validate().Select(e => e.Path).Should().Equal("/municipalities/0/validUntil");
    }

    [Fact]
    public void A_successor_must_be_in_the_list()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1),
            [new Municipality(C("GM0620"), "Vianen") { ValidUntil = new DateOnly(2018, 12, 31), Successors = [C("GM1961")] }]);

        list.Validate().Select(e => e.Path).Should().Equal("/municipalities/0/successors/0");
    }

    [Fact]
    public void A_successor_must_exist_on_the_day_after_the_municipality_ended()
    {
        // Vijfheerenlanden formed on 2019-01-01 cannot take over a municipality that ended on 2017-12-31.
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1),
        [
            new Municipality(C("GM0620"), "Vianen") { ValidUntil = new DateOnly(2017, 12, 31), Successors = [C("GM1961")] },
            new Municipality(C("GM1961"), "Vijfheerenlanden") { ValidFrom = new DateOnly(2019, 1, 1) },
        ]);

        list.Validate().Select(e => e.Path).Should().Equal("/municipalities/0/successors/0");
    }

    [Fact]
    public void Only_a_municipality_that_ended_has_successors()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1),
            [new Municipality(C("GM0344"), "Utrecht") { Successors = [C("GM0363")] }, new Municipality(C("GM0363"), "Amsterdam")]);

        list.Validate().Select(e => e.Path).Should().Equal("/municipalities/0/successors");
    }

    [Fact]
    public void An_empty_list_is_refused_saying_how_to_name_a_municipality()
    {
        var errors = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1), []).Validate();

        errors.Should().ContainSingle().Which.Path.Should().Be("/municipalities");
        errors[0].Message.Should().StartWith("The list must name at least one municipality");
    }

    [Fact]
    public void A_municipality_without_a_name_is_refused_at_its_name()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1), [new Municipality(C("GM0344"), " ")]);

        list.Validate().Select(e => (e.Path, e.Message)).Should().Equal(("/municipalities/0/name", "The name must not be empty."));
    }

    [Fact]
    public void A_municipality_cannot_succeed_itself()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1),
            [new Municipality(C("GM0620"), "Vianen") { ValidUntil = new DateOnly(2018, 12, 31), Successors = [C("GM0620")] }]);

        list.Validate().Select(e => (e.Path, e.Message)).Should().Equal(("/municipalities/0/successors/0", "GM0620 cannot succeed itself."));
    }

    [Fact]
    public void Days_are_written_as_ISO_8601_in_messages()
    {
        var list = new MunicipalityRegistry("CBS", new DateOnly(2026, 1, 1),
            [new Municipality(C("GM0001"), "A") { ValidFrom = new DateOnly(2020, 1, 1), ValidUntil = new DateOnly(2019, 12, 31) }]);

        list.Validate().Single().Message.Should().Be("The last day 2019-12-31 is before the first day 2020-01-01.");
    }
}
