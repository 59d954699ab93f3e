using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>The defaults a grant takes when it does not say: its round, its unspent rule, its award year.</summary>
public class GrantTests
{
    private static Grant ProjectYearGrant() => new("Projectenpool", Eur(50_000), GrantPeriod.ProjectYear(2020), GrantStatus.Awarded);

    [Fact]
    public void A_grant_without_a_round_counts_under_its_period() =>
        ProjectYearGrant().EffectiveRound.Should().Be(GrantPeriod.ProjectYear(2020));

    [Fact]
    public void A_grant_applied_for_in_an_earlier_round_counts_under_that_round() =>
        (ProjectYearGrant() with { Round = GrantPeriod.ProjectYear(2019) }).EffectiveRound.Should().Be(GrantPeriod.ProjectYear(2019));

    [Fact]
    public void Without_its_own_rule_a_grant_carries_its_unspent_part_over_when_its_source_does() =>
        ProjectYearGrant().UnspentUnder(Source("Projectenpool", carriesOver: true)).Should().Be(UnspentRule.Carry);

    [Fact]
    public void Without_its_own_rule_a_grant_lets_its_unspent_part_lapse_when_its_source_does_not_carry_over() =>
        ProjectYearGrant().UnspentUnder(Source("Projectenpool", carriesOver: false)).Should().Be(UnspentRule.Lapse);

    [Theory]
    [InlineData(UnspentRule.Repay, true)]
    [InlineData(UnspentRule.Lapse, true)]
    [InlineData(UnspentRule.Carry, false)]
    public void A_grant_own_unspent_rule_goes_before_its_source(UnspentRule rule, bool sourceCarriesOver) =>
        (ProjectYearGrant() with { Unspent = rule }).UnspentUnder(Source("Projectenpool", carriesOver: sourceCarriesOver)).Should().Be(rule);

    [Fact]
    public void A_grant_without_an_award_year_is_awarded_in_the_year_its_period_starts() =>
        ProjectYearGrant().EffectiveAwardYear.Should().Be(2020);

    [Fact]
    public void A_grant_award_year_when_given_is_its_own() =>
        (ProjectYearGrant() with { AwardYear = 2019 }).EffectiveAwardYear.Should().Be(2019);
}
