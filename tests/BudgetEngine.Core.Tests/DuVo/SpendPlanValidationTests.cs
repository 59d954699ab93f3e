using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>What a spend plan must state before it can be broken down, each rule at the field that breaks it (illustrative figures).</summary>
public class SpendPlanValidationTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static SpendPlan Utrecht(params Regiogemeente[] regiogemeenten) =>
        new("GM0344", 2016, [new SpendCategory("Veilig Thuis", E(1_000m))])
        {
            Payment = E(1_000m),
            Regiogemeenten = regiogemeenten,
        };

    private static SpendPlan WithCategory(SpendCategory category) => Utrecht() with { Categories = [category] };

    private static IEnumerable<(string Path, string Id)> Errors(SpendPlan plan, DistributionResult? distribution = null) =>
        SpendPlanCalculator.Validate(plan, distribution).Select(e => (e.Path, e.Text!.Id));

    [Fact]
    public void Validating_no_plan_at_all_is_a_programming_error()
    {
        FluentActions.Invoking(() => SpendPlanCalculator.Validate(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_plans_year_must_be_positive()
    {
        Errors(Utrecht() with { Year = 0 }).Should().Equal(("/year", "DuVo.YearNotPositive"));
        Errors(Utrecht() with { Year = 1 }).Should().BeEmpty();
    }

    [Fact]
    public void A_plan_that_takes_its_payment_from_a_distribution_needs_a_year()
    {
        var distribution = DuVoDistribution.Calculate(new DistributionInput(
            2016, E(1_000m), 0m, [new DistributionEntry("GM0344", "Utrecht", E(1_000m), 1m)]));

        Errors(Utrecht() with { Year = null, Payment = null }, distribution).Should().Equal(("/year", "DuVo.Plan.YearMissing"));
    }

    [Fact]
    public void A_plan_needs_its_list_of_categories()
    {
        Errors(Utrecht() with { Categories = null! }).Should().Equal(("/categories", "DuVo.Plan.CategoriesMissing"));
    }

    [Fact]
    public void A_missing_category_is_reported_at_its_place()
    {
        Errors(Utrecht() with { Categories = [new SpendCategory("Veilig Thuis", E(1_000m)), null!] })
            .Should().Equal(("/categories/1", "DuVo.Plan.CategoryMissing"));
    }

    [Fact]
    public void A_category_needs_a_name()
    {
        Errors(WithCategory(new SpendCategory(" ", E(1_000m)))).Should().Equal(("/categories/0/name", "DuVo.NameMissing"));
    }

    [Fact]
    public void The_tags_of_a_category_and_of_a_part_must_be_lists()
    {
        var category = new SpendCategory("Veilig Thuis", E(1_000m))
        {
            Tags = null!,
            Parts = [new CategoryPart("Veilig Thuis volwassenen", E(400m)) { Tags = null! }],
        };

        Errors(WithCategory(category)).Should().Equal(
            ("/categories/0/tags", "DuVo.Plan.TagsNotList"),
            ("/categories/0/parts/0/tags", "DuVo.Plan.TagsNotList"));
    }

    [Fact]
    public void The_parts_of_a_category_must_be_a_list()
    {
        Errors(WithCategory(new SpendCategory("Veilig Thuis", E(1_000m)) { Parts = null! }))
            .Should().Equal(("/categories/0/parts", "DuVo.Plan.PartsNotList"));
    }

    [Fact]
    public void A_missing_part_is_reported_at_its_place()
    {
        Errors(WithCategory(new SpendCategory("Veilig Thuis", E(1_000m)) { Parts = [null!] }))
            .Should().Equal(("/categories/0/parts/0", "DuVo.Plan.PartMissing"));
    }

    [Fact]
    public void A_part_may_not_be_negative()
    {
        // The negative part is not counted towards the parts' total: 600.00 of 1,000.00 does not exceed the category.
        var category = new SpendCategory("Veilig Thuis", E(1_000m))
        {
            Parts = [new CategoryPart("Veilig Thuis minderjarigen", E(-0.01m)) { Source = DuVoSources.Jeugd }, new CategoryPart("Advies", E(600m))],
        };

        Errors(WithCategory(category)).Should().Equal(("/categories/0/parts/0/amount", "DuVo.AmountNegative"));
    }

    [Fact]
    public void The_transfers_must_be_a_list_without_gaps()
    {
        Errors(Utrecht() with { Transfers = null! }).Should().Equal(("/transfers", "DuVo.Plan.TransfersNotList"));
        Errors(Utrecht() with { Transfers = [null!] }).Should().Equal(("/transfers/0", "DuVo.Plan.TransferMissing"));
    }

    [Fact]
    public void A_transfer_passes_on_zero_or_more_to_a_named_recipient_for_a_named_purpose_in_a_positive_year()
    {
        var valid = new PlanTransfer(E(75_000m), "Regio Gooi en Vechtstreek", "GHNT projectleiding", 2019);

        Errors(Utrecht() with { Transfers = [valid, new PlanTransfer(E(-1m), "", " ", 0)] }).Should().Equal(
            ("/transfers/1/amount", "DuVo.AmountNegative"),
            ("/transfers/1/recipient", "DuVo.Plan.TransferRecipientMissing"),
            ("/transfers/1/purpose", "DuVo.Plan.TransferPurposeMissing"),
            ("/transfers/1/year", "DuVo.YearNotPositive"));
    }

    [Fact]
    public void The_regiogemeenten_must_be_a_list_without_gaps()
    {
        Errors(Utrecht() with { Regiogemeenten = null! }).Should().Equal(("/regiogemeenten", "DuVo.Plan.RegiogemeentenNotList"));
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 360_000 }, null!))
            .Should().Equal(("/regiogemeenten/1", "DuVo.Plan.RegiogemeenteMissing"));
    }

    [Fact]
    public void A_regiogemeente_that_gives_both_keys_is_told_to_give_one_and_nothing_else()
    {
        // Not also "keys mixed": the one regiogemeente is not counted under either key.
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 360_000, FixedShare = 100m }))
            .Should().Equal(("/regiogemeenten/0", "DuVo.Plan.InhabitantsOrFixedShare"));
    }

    [Fact]
    public void Youth_inhabitants_may_be_zero_but_not_negative()
    {
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 360_000, Inhabitants0To17 = 0 })).Should().BeEmpty();
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 360_000, Inhabitants0To17 = -1 }))
            .Should().Equal(("/regiogemeenten/0/inhabitants0to17", "DuVo.Regiogemeente.YouthNegative"));
    }

    [Fact]
    public void A_regiogemeente_may_have_zero_inhabitants_but_not_fewer()
    {
        var others = new Regiogemeente("GM0307", "Amersfoort") { Inhabitants = 160_000 };

        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 0 }, others)).Should().BeEmpty();
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = -1 }, others))
            .Should().Equal(("/regiogemeenten/0/inhabitants", "DuVo.Plan.InhabitantsNegative"));
    }

    [Fact]
    public void Regiogemeenten_keyed_by_inhabitants_need_at_least_one_inhabitant_between_them()
    {
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 0 }, new Regiogemeente("GM0307", "Amersfoort") { Inhabitants = 0 }))
            .Should().Equal(("/regiogemeenten", "DuVo.Plan.InhabitantsZero"));
    }

    [Fact]
    public void A_fixed_share_may_be_zero_but_not_negative()
    {
        // 0 + 100 and -10 + 100: both add up to 100 percent, so only the negative share is wrong.
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { FixedShare = 0m }, new Regiogemeente("GM0307", "Amersfoort") { FixedShare = 100m }))
            .Should().BeEmpty();
        Errors(Utrecht(new Regiogemeente("GM0344", "Utrecht") { FixedShare = -10m }, new Regiogemeente("GM0307", "Amersfoort") { FixedShare = 100m }))
            .Should().Equal(("/regiogemeenten/0/fixedShare", "DuVo.Plan.FixedShareNegative"));
    }

    [Fact]
    public void Inhabitant_counts_too_large_to_add_up_in_whole_numbers_are_still_checked_and_weighed()
    {
        // long.MaxValue + 1 inhabitants do not fit in a 64-bit count; the check must answer, not overflow.
        // A shortfall of 1.00 (1,001.00 costs against 1,000.00) split 9,223,372,036,854,775,807 : 1: the larger
        // weight's quota is 0.99999... of 100 cents and the other's below a cent, so the spare cent goes to GM0307, too.
        var plan = Utrecht(
            new Regiogemeente("GM0307", "Amersfoort") { Inhabitants = long.MaxValue },
            new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 1 }) with
        {
            Categories = [new SpendCategory("Veilig Thuis", E(1_001m))],
        };

        Errors(plan).Should().BeEmpty();
        SpendPlanCalculator.Calculate(plan).Cofinancing.Select(c => (c.Code.Value, c.Amount))
            .Should().Equal(("GM0307", E(1m)), ("GM0344", Money.Zero));
    }
}
