using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.DuVo;

public class SpendPlanCalculatorTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    [Fact]
    public void Utrecht_2015_categories_add_up_to_the_payment_with_no_shortfall_or_surplus()
    {
        var result = SpendPlanCalculator.Calculate(ReferencePlans.Utrecht2015);

        result.Centrumgemeente.Value.Should().Be("GM0344");
        result.Payment.Should().Be(E(5_413_666m));
        result.Categories.Select(c => (c.Name, c.DuVoAmount)).Should().Equal(
            ("Veilig Thuis", E(1_014_710m)),
            ("Opvang en begeleiding", E(4_020_714m)),
            ("Algemeen", E(378_242m)));
        result.DuVoCosts.Should().Be(result.Payment);
        result.Shortfall.Should().Be(Money.Zero);
        result.Surplus.Should().Be(Money.Zero);
        result.Cofinancing.Should().BeEmpty();
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Utrecht_2015_shares_of_the_payment_have_two_decimals_and_add_up_to_exactly_100()
    {
        // 18.7435% / 74.2697% / 6.9868%: floors 18.74 + 74.26 + 6.98 = 99.98; the two largest remainders
        // (.97 and .68 of a basis point) take the two spare basis points.
        var result = SpendPlanCalculator.Calculate(ReferencePlans.Utrecht2015);

        result.Categories.Select(c => c.Share).Should().Equal(18.74m, 74.27m, 6.99m);
        result.Categories.Sum(c => c.Share).Should().Be(100.00m);
    }

    [Fact]
    public void Amersfoort_2015_categories_add_up_to_the_payment()
    {
        var result = SpendPlanCalculator.Calculate(ReferencePlans.Amersfoort2015);

        result.Payment.Should().Be(E(2_076_766m));
        Money.Sum(result.Categories.Select(c => c.DuVoAmount)).Should().Be(E(2_076_766m));
        result.Shortfall.Should().Be(Money.Zero);
        result.Surplus.Should().Be(Money.Zero);
        result.Categories.Select(c => c.Share).Should().Equal(34.65m, 61.60m, 3.75m);
        result.Categories.Sum(c => c.Share).Should().Be(100.00m);
    }

    [Fact]
    public void Utrecht_and_Amersfoort_2015_together_receive_7_490_432_per_category_as_in_the_seed()
    {
        var plans = new[] { ReferencePlans.Utrecht2015, ReferencePlans.Amersfoort2015 }.Select(p => SpendPlanCalculator.Calculate(p)).ToArray();

        Money.Sum(plans.Select(p => p.Payment)).Should().Be(E(7_490_432m));
        Money.Sum(plans.Select(p => p.DuVoCosts)).Should().Be(E(7_490_432m));
        Money CategoryTotal(string name) => Money.Sum(plans.SelectMany(p => p.Categories).Where(c => c.Name == name).Select(c => c.DuVoAmount));
        CategoryTotal("Veilig Thuis").Should().Be(E(1_734_210m));
        CategoryTotal("Opvang en begeleiding").Should().Be(E(5_300_077m));
        CategoryTotal("Algemeen").Should().Be(E(456_145m));
    }

    [Fact]
    public void Arnhem_2019_spends_its_5_2_million_on_four_categories_without_cofinancing()
    {
        var result = SpendPlanCalculator.Calculate(ReferencePlans.Arnhem2019);

        result.Payment.Should().Be(E(5_200_000m));
        result.Categories.Select(c => c.DuVoAmount).Should().Equal(E(3_100_000m), E(1_700_000m), E(100_000m), E(300_000m));
        result.Categories.Select(c => c.Share).Should().Equal(59.62m, 32.69m, 1.92m, 5.77m);
        result.Shortfall.Should().Be(Money.Zero);
        result.Surplus.Should().Be(Money.Zero);
        result.Cofinancing.Should().BeEmpty();
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Arnhem_costs_above_the_payment_are_split_over_the_18_regiogemeenten_by_inhabitants_to_the_cent()
    {
        // Veilig Thuis costs 250,000.01 more than planned: 5,450,000.01 against a payment of 5,200,000.00.
        var plan = ReferencePlans.Arnhem2019;
        plan = plan with
        {
            Categories = plan.Categories
                .Select(c => c.Name.StartsWith("Veilig Thuis", StringComparison.Ordinal) ? c with { Amount = E(1_950_000.01m) } : c)
                .ToArray(),
        };

        var result = SpendPlanCalculator.Calculate(plan);

        result.DuVoCosts.Should().Be(E(5_450_000.01m));
        result.Shortfall.Should().Be(E(250_000.01m));
        result.Surplus.Should().Be(Money.Zero);
        result.Cofinancing.Should().HaveCount(18);
        result.Cofinancing.Select(c => c.Code).Should().BeInAscendingOrder();
        Money.Sum(result.Cofinancing.Select(c => c.Amount)).Should().Be(E(250_000.01m));
        var totalInhabitants = ReferencePlans.ArnhemRegion.Sum(r => r.Inhabitants!.Value);
        foreach (var share in result.Cofinancing)
        {
            share.Basis.Should().Be(CofinancingBasis.Inhabitants);
            var quota = 250_000.01m * share.Weight / totalInhabitants;
            Math.Abs(share.Amount.Euros - quota).Should().BeLessThan(0.01m, $"{share.Name} must be within a cent of its quota");
        }
        result.Cofinancing.Single(c => c.Name == "Arnhem").Amount.IsPositive.Should().BeTrue("the centrumgemeente is listed among its regiogemeenten");

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(FindingCode.OverAllocated);
        finding.Severity.Should().Be(Severity.Error);
        finding.Year.Should().Be(2019);
        finding.Source.Should().Be("DUVO");
        finding.Amount.Should().Be(E(250_000.01m));
    }

    [Fact]
    public void A_shortfall_split_by_fixed_shares_gives_the_spare_cent_to_the_smaller_code()
    {
        // Shortfall 1,000.02 over 25% / 25% / 50%: quotas 250.005 / 250.005 / 500.01; floors add up to 1,000.01,
        // and the spare cent ties between GM0001 and GM0002 -> the smaller code, GM0001.
        var plan = new SpendPlan("GM0003", 2020, [new SpendCategory("Opvang", E(2_000.02m))])
        {
            Payment = E(1_000m),
            Regiogemeenten =
            [
                new Regiogemeente("GM0003", "C") { FixedShare = 50m },
                new Regiogemeente("GM0002", "B") { FixedShare = 25m },
                new Regiogemeente("GM0001", "A") { FixedShare = 25m },
            ],
        };

        var result = SpendPlanCalculator.Calculate(plan);

        result.Cofinancing.Select(c => (c.Code.Value, c.Amount)).Should().Equal(
            ("GM0001", E(250.01m)), ("GM0002", E(250.00m)), ("GM0003", E(500.01m)));
        result.Cofinancing.Should().OnlyContain(c => c.Basis == CofinancingBasis.FixedShare);
    }

    [Fact]
    public void A_shortfall_without_regiogemeenten_is_still_flagged_over_allocated()
    {
        var plan = ReferencePlans.Utrecht2015 with { Payment = E(5_000_000m) };

        var result = SpendPlanCalculator.Calculate(plan);

        result.Shortfall.Should().Be(E(413_666m));
        result.Cofinancing.Should().BeEmpty();
        result.Findings.Should().ContainSingle(f => f.Code == FindingCode.OverAllocated && f.Amount == E(413_666m));
    }

    [Fact]
    public void An_unspent_remainder_is_reported_as_surplus()
    {
        var plan = ReferencePlans.Utrecht2015 with { Payment = E(5_500_000.50m) };

        var result = SpendPlanCalculator.Calculate(plan);

        result.Surplus.Should().Be(E(86_334.50m));
        result.Shortfall.Should().Be(Money.Zero);
        result.Cofinancing.Should().BeEmpty();
        result.Categories.Sum(c => c.Share).Should().Be(100.00m);
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(DuVoFindingCode.Surplus);
        finding.Severity.Should().Be(Severity.Info);
        finding.Amount.Should().Be(E(86_334.50m));
    }

    [Fact]
    public void Parts_paid_from_other_sources_are_reported_and_do_not_count_against_the_DU_VO()
    {
        // Veilig Thuis as a whole costs 1,500,000; the part for minors (485,290, illustrative) is paid from youth
        // funds, so the DU VO pays 1,014,710 as in the seed. A DU MO crisis-place part is likewise excluded.
        var plan = ReferencePlans.Utrecht2015 with
        {
            Categories =
            [
                new SpendCategory("Veilig Thuis", E(1_500_000m))
                {
                    Parts = [new CategoryPart("Veilig Thuis minderjarigen", E(485_290m)) { Source = "Jeugd", Tags = [DuVoTags.Minors] }],
                },
                new SpendCategory("Opvang en begeleiding", E(4_120_714m))
                {
                    Parts = [new CategoryPart("Crisisplaatsen maatschappelijke opvang", E(100_000m)) { Source = "DUMO", Tags = [DuVoTags.DumoCrisis] }],
                },
                new SpendCategory("Algemeen", E(378_242m)),
            ],
        };

        var result = SpendPlanCalculator.Calculate(plan);

        result.Categories.Select(c => (c.Amount, c.DuVoAmount, c.OtherSourceAmount)).Should().Equal(
            (E(1_500_000m), E(1_014_710m), E(485_290m)),
            (E(4_120_714m), E(4_020_714m), E(100_000m)),
            (E(378_242m), E(378_242m), Money.Zero));
        result.OtherSourceParts.Should().Equal(
            new OtherSourcePart("Veilig Thuis", "Veilig Thuis minderjarigen", "Jeugd", E(485_290m)),
            new OtherSourcePart("Opvang en begeleiding", "Crisisplaatsen maatschappelijke opvang", "DUMO", E(100_000m)));
        result.DuVoCosts.Should().Be(E(5_413_666m));
        result.Shortfall.Should().Be(Money.Zero);
        result.Surplus.Should().Be(Money.Zero);
        result.Categories.Select(c => c.Share).Should().Equal(18.74m, 74.27m, 6.99m);
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void DU_VO_money_for_minors_or_DU_MO_crisis_places_is_flagged_ineligible_with_where_it_belongs()
    {
        var plan = ReferencePlans.Utrecht2015 with
        {
            Payment = E(6_000_000m),
            Categories =
            [
                new SpendCategory("Veilig Thuis", E(1_500_000m))
                {
                    Parts = [new CategoryPart("Veilig Thuis minderjarigen", E(485_290m)) { Tags = ["Minors"] }],
                },
                new SpendCategory("Crisisplaatsen", E(100_000m)) { Tags = [DuVoTags.DumoCrisis] },
                new SpendCategory("Opvang en begeleiding", E(4_020_714m)),
            ],
        };

        var result = SpendPlanCalculator.Calculate(plan);

        result.DuVoCosts.Should().Be(E(5_620_714m), "ineligible money counts against the DU VO until it is moved");
        var ineligible = result.Findings.Where(f => f.Code == FindingCode.IneligibleCoverage).ToArray();
        ineligible.Select(f => (f.Line, f.Amount, f.Suggestion)).Should().Equal(
            ("Crisisplaatsen", (Money?)E(100_000m), "DUMO"),
            ("Veilig Thuis / Veilig Thuis minderjarigen", (Money?)E(485_290m), "Jeugd"));
        ineligible.Should().OnlyContain(f => f.Severity == Severity.Error && f.Year == 2015 && f.Source == "DUVO");
        result.Findings.Select(f => f.Severity).Should().BeInDescendingOrder();
    }

    [Fact]
    public void The_payment_can_be_taken_from_the_national_distribution()
    {
        var distribution = DuVoDistribution.Calculate(new DistributionInput(
            2015,
            E(7_490_432m),
            0m,
            [
                new DistributionEntry("GM0344", "Utrecht", E(5_413_666m), 1m),
                new DistributionEntry("GM0307", "Amersfoort", E(2_076_766m), 1m),
            ]));
        var plan = ReferencePlans.Utrecht2015 with { Payment = null };

        var result = SpendPlanCalculator.Calculate(plan, distribution);

        result.Payment.Should().Be(E(5_413_666m));
        result.Shortfall.Should().Be(Money.Zero);
        result.Surplus.Should().Be(Money.Zero);
    }

    [Fact]
    public void A_distribution_of_another_year_or_without_the_centrumgemeente_or_with_another_payment_is_rejected()
    {
        var distribution = DuVoDistribution.Calculate(new DistributionInput(
            2016, E(1_000_000m), 0m, [new DistributionEntry("GM0307", "Amersfoort", E(1_000_000m), 1m)]));

        SpendPlanCalculator.Validate(ReferencePlans.Utrecht2015 with { Payment = null }, distribution)
            .Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/year", "DuVo.Plan.YearNotDistributions"), ("/centrumgemeente", "DuVo.Plan.NotInDistribution"));
        SpendPlanCalculator.Validate(ReferencePlans.Amersfoort2015 with { Year = 2016 }, distribution)
            .Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/payment", "DuVo.Plan.PaymentDiffers"));
        SpendPlanCalculator.Validate(ReferencePlans.Amersfoort2015 with { Payment = null })
            .Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/payment", "DuVo.Plan.PaymentMissing"));
    }

    [Fact]
    public void A_payment_that_differs_from_the_distribution_is_refused_naming_both_amounts_in_the_readers_notation()
    {
        // Amersfoort enters 2,076,766.00; the 2016 distribution gives it the whole macro budget of 1,000,000.00.
        var distribution = DuVoDistribution.Calculate(new DistributionInput(
            2016, E(1_000_000m), 0m, [new DistributionEntry("GM0307", "Amersfoort", E(1_000_000m), 1m)]));

        var error = SpendPlanCalculator.Validate(ReferencePlans.Amersfoort2015 with { Year = 2016 }, distribution).Should().ContainSingle().Subject;

        error.MessageIn(MessageLanguage.Dutch).Should().Contain("€ 2.076.766,00").And.Contain("€ 1.000.000,00");
        error.MessageIn(MessageLanguage.English).Should().Contain("EUR 2,076,766.00").And.Contain("EUR 1,000,000.00");
    }

    [Fact]
    public void Shares_add_up_to_100_even_when_they_tie_and_the_spare_point_goes_to_the_smaller_name()
    {
        var plan = new SpendPlan("GM0344", 2015,
            [new SpendCategory("C", E(1m)), new SpendCategory("A", E(1m)), new SpendCategory("B", E(1m))])
        {
            Payment = E(3m),
        };

        var result = SpendPlanCalculator.Calculate(plan);

        result.Categories.Select(c => (c.Name, c.Share)).Should().Equal(("C", 33.33m), ("A", 33.34m), ("B", 33.33m));
    }

    [Fact]
    public void Shares_are_zero_when_nothing_is_paid_from_the_DU_VO()
    {
        var plan = new SpendPlan("GM0344", 2015,
            [new SpendCategory("A", E(10m)) { Parts = [new CategoryPart("all", E(10m)) { Source = "Gemeente" }] }])
        {
            Payment = E(3m),
        };

        var result = SpendPlanCalculator.Calculate(plan);

        result.Categories.Single().Share.Should().Be(0m);
        result.Surplus.Should().Be(E(3m));
    }

    [Fact]
    public void The_breakdown_does_not_depend_on_the_order_of_categories_parts_or_regiogemeenten()
    {
        var plan = ReferencePlans.Arnhem2019 with
        {
            Categories =
            [
                new SpendCategory("X", E(1m)), new SpendCategory("Y", E(1m)), new SpendCategory("Z", E(1m)),
                new SpendCategory("VT", E(2_000_000m))
                {
                    Parts =
                    [
                        new CategoryPart("minors", E(300_000m)) { Source = "Jeugd" },
                        new CategoryPart("minors-duvo", E(1_000m)) { Tags = [DuVoTags.Minors] },
                        new CategoryPart("crisis", E(2_000m)) { Tags = [DuVoTags.DumoCrisis] },
                    ],
                },
                new SpendCategory("Opvang", E(3_500_000.03m)),
            ],
        };
        var shuffled = plan with
        {
            Categories = plan.Categories.Reverse()
                .Select(c => c with { Parts = c.Parts.Reverse().ToArray() })
                .ToArray(),
            Regiogemeenten = plan.Regiogemeenten.OrderBy(r => r.Name.Length).ThenByDescending(r => r.Code).ToArray(),
        };

        var a = SpendPlanCalculator.Calculate(plan);
        var b = SpendPlanCalculator.Calculate(shuffled);

        // 3 + (2,000,000 - 300,000) + 3,500,000.03 = 5,200,003.03 against 5,200,000.00: 3.03 over 18, so remainders tie.
        a.Shortfall.Should().Be(E(3.03m));
        b.Categories.Should().BeEquivalentTo(a.Categories, o => o.WithoutStrictOrdering());
        b.Categories.Select(c => c.Name).Should().Equal(a.Categories.Select(c => c.Name).Reverse());
        b.OtherSourceParts.Should().BeEquivalentTo(a.OtherSourceParts);
        b.Cofinancing.Should().Equal(a.Cofinancing);
        b.Findings.Should().Equal(a.Findings);
        (b.Payment, b.DuVoCosts, b.Shortfall, b.Surplus).Should().Be((a.Payment, a.DuVoCosts, a.Shortfall, a.Surplus));
    }

    [Fact]
    public void Invalid_plans_are_reported_at_their_fields_with_the_rule_each_breaks()
    {
        var plan = new SpendPlan("GM344", 0,
            [
                new SpendCategory("Veilig Thuis", E(-1m)),
                new SpendCategory("veilig thuis", E(10m))
                {
                    Parts =
                    [
                        new CategoryPart("", E(8m)) { Source = "" },
                        new CategoryPart("b", E(5m)),
                    ],
                },
            ])
        {
            Payment = E(-5m),
            Regiogemeenten =
            [
                new Regiogemeente("GM0001", "A") { Inhabitants = 10 },
                new Regiogemeente("GM0001", "B") { FixedShare = 50m },
                new Regiogemeente("XX0001", "") { Inhabitants = 1, FixedShare = 1m },
            ],
        };

        var errors = SpendPlanCalculator.Validate(plan);

        errors.Select(e => (e.Path, e.Text!.Id)).Should().Equal(
            ("/centrumgemeente", "DuVo.CbsCodeInvalid"),
            ("/year", "DuVo.YearNotPositive"),
            ("/payment", "DuVo.Plan.PaymentNegative"),
            ("/categories/0/amount", "DuVo.AmountNegative"),
            ("/categories/1/name", "DuVo.Plan.CategoryTwice"),
            ("/categories/1/parts/0/name", "DuVo.NameMissing"),
            ("/categories/1/parts/0/source", "DuVo.Plan.PartSourceMissing"),
            ("/categories/1/parts", "DuVo.Plan.PartsAboveCategory"),
            ("/regiogemeenten/1/code", "DuVo.CodeTwice"),
            ("/regiogemeenten/2/code", "DuVo.CbsCodeInvalid"),
            ("/regiogemeenten/2/name", "DuVo.NameMissing"),
            ("/regiogemeenten/2", "DuVo.Plan.InhabitantsOrFixedShare"),
            ("/regiogemeenten", "DuVo.Plan.KeysMixed"));
        // The parts 8.00 + 5.00 = 13.00 exceed the category's 10.00.
        errors[7].MessageIn(MessageLanguage.Dutch).Should().Be("De onderdelen zijn samen € 13,00, meer dan het bedrag van de categorie, € 10,00.");
        FluentActions.Invoking(() => SpendPlanCalculator.Calculate(plan))
            .Should().Throw<DuVoValidationException>().Which.Errors.Should().Equal(errors);
    }

    [Fact]
    public void Fixed_shares_must_add_up_to_100_percent()
    {
        var plan = ReferencePlans.Utrecht2015 with
        {
            Regiogemeenten = [new Regiogemeente("GM0344", "Utrecht") { FixedShare = 60m }, new Regiogemeente("GM0307", "Amersfoort") { FixedShare = 30m }],
        };

        SpendPlanCalculator.Validate(plan).Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/regiogemeenten", "DuVo.Plan.FixedSharesNot100"));
    }

    [Fact]
    public void The_sum_of_fixed_shares_is_stated_with_the_readers_decimal_sign()
    {
        // 60 + 29.5 = 89.5 percent.
        var plan = ReferencePlans.Utrecht2015 with
        {
            Regiogemeenten = [new Regiogemeente("GM0344", "Utrecht") { FixedShare = 60m }, new Regiogemeente("GM0307", "Amersfoort") { FixedShare = 29.5m }],
        };

        var error = SpendPlanCalculator.Validate(plan).Should().ContainSingle().Subject;

        error.MessageIn(MessageLanguage.Dutch).Should().Be("De vaste aandelen zijn samen 89,5 procent; dat moet precies 100 zijn.");
        error.MessageIn(MessageLanguage.English).Should().Be("The fixed shares add up to 89.5 percent; they must add up to exactly 100.");
    }

    [Fact]
    public void A_category_with_nothing_paid_from_the_DU_VO_has_a_share_of_zero_and_the_others_still_add_up_to_100()
    {
        // DU VO amounts 300.00, 0 and 100.00 (400.00): 75.00% and 25.00%; the category paid wholly from own funds has 0.
        var plan = new SpendPlan("GM0344", 2016,
            [
                new SpendCategory("Opvang", E(300m)),
                new SpendCategory("Preventie", E(100m)) { Parts = [new CategoryPart("Voorlichting", E(100m)) { Source = DuVoSources.Gemeente }] },
                new SpendCategory("Algemeen", E(100m)),
            ])
        {
            Payment = E(400m),
        };

        SpendPlanCalculator.Calculate(plan).Categories.Select(c => c.Share).Should().Equal(75.00m, 0m, 25.00m);
    }

    [Fact]
    public void A_breakdown_from_a_distribution_with_components_gives_the_payment_per_component()
    {
        // Utrecht: basis 600,000.00 (phase 0: its historical amount) + GHNT 75,000.00 = 675,000.00, spent exactly.
        var distribution = DuVoDistribution.Calculate(new DistributionInput(2019, Money.Zero, 0m,
            [new DistributionEntry("GM0344", "Utrecht", Money.Zero, 0m), new DistributionEntry("GM0307", "Amersfoort", Money.Zero, 0m)])
        {
            Components =
            [
                new KeyedComponent("Basis", "meicirculaire 2019", E(1_000_000m),
                    [new ComponentEntry("GM0344", E(600_000m), 1m), new ComponentEntry("GM0307", E(400_000m), 1m)]),
                new FixedComponent("GHNT regionale projectleiding", "meicirculaire 2018", [new FixedAmount("GM0344", E(75_000m))]),
            ],
        });
        var plan = new SpendPlan("GM0344", 2019, [new SpendCategory("Opvang", E(675_000m))]);

        var result = SpendPlanCalculator.Calculate(plan, distribution);

        result.Payment.Should().Be(E(675_000m));
        result.PaymentComponents.Should().Equal(
            new ComponentShare("Basis", "meicirculaire 2019", E(600_000m)),
            new ComponentShare("GHNT regionale projectleiding", "meicirculaire 2018", E(75_000m)));
    }

    [Fact]
    public void A_breakdown_of_an_entered_payment_has_no_payment_components()
    {
        SpendPlanCalculator.Calculate(ReferencePlans.Utrecht2015).PaymentComponents.Should().NotBeNull().And.BeEmpty();
    }
}
