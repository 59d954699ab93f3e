using System.Net;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>The national distribution over HTTP, and a plan that takes its payment from it.</summary>
public sealed class DistributionTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public DistributionTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    /// <summary>
    /// Computed by hand. Objective: 1,000,000.00 split 1:1:1 is 333,333.34 / 333,333.33 / 333,333.33 (the spare cent to the smaller code).
    /// Halfway (phase-in 0.5) each gets H + 0.5 x (O - H): 316,666.67 / 316,666.665 / 366,666.665. Floors 316,666.67 / 316,666.66 /
    /// 366,666.66 leave one cent; the half-cent remainders of GM0344 and GM0363 tie and the smaller code, GM0344, gets it.
    /// </summary>
    private const string HalfwayPhaseIn = """
        {
          "description": "Phase-in computed by hand",
          "macroBudget": 1000000,
          "phaseIn": 0.5,
          "centrumgemeenten": [
            { "code": "GM0363", "name": "Amsterdam", "historical": 400000, "keyWeight": 1 },
            { "code": "GM0307", "name": "Amersfoort", "historical": 300000, "keyWeight": 1 },
            { "code": "GM0344", "name": "Utrecht", "historical": 300000, "keyWeight": 1 }
          ]
        }
        """;

    [Fact]
    public async Task A_halfway_phase_in_pays_the_hand_computed_amounts_with_the_spare_cent_to_the_smaller_code()
    {
        var response = await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), HalfwayPhaseIn);

        var body = await response.ReadJson();
        var result = body["result"]!;
        result["centrumgemeenten"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Should().Equal("GM0307", "GM0344", "GM0363");
        result["centrumgemeenten"].Euros("objective").Should().Equal(333_333.34m, 333_333.33m, 333_333.33m);
        result["centrumgemeenten"].Euros("payment").Should().Equal(316_666.67m, 316_666.67m, 366_666.66m);
        result["centrumgemeenten"].Euros("redistributionEffect").Should().Equal(16_666.67m, 16_666.67m, -33_333.34m);
        result["totalPayments"].Euros().Should().Be(1_000_000m);
    }

    [Fact]
    public async Task The_distribution_is_read_back_with_its_ETag_and_calculated_payments()
    {
        var created = await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), HalfwayPhaseIn);
        created.Headers.Location!.ToString().Should().Be("/v1/duvo/2016/distribution");
        created.ETag().Should().Be("\"duvo-2016-v1\"");

        var response = await _duvo.Admin.GetAsync(DuVoRequests.DistributionUrl(2016));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.ETag().Should().Be("\"duvo-2016-v1\"");
        var body = await response.ReadJson();
        body["distribution"]!["macroBudget"].Raw().Should().Be("1000000.00");
        body["result"]!["centrumgemeenten"].Euros("payment").Sum().Should().Be(1_000_000m);
    }

    [Fact]
    public async Task Payments_add_up_to_the_macro_budget_plus_the_transition_budget_with_capped_losses_topped_up()
    {
        const string capped = """
            {
              "macroBudget": 1000000,
              "phaseIn": 1,
              "transitionBudget": { "name": "Transitiebudget", "amount": 100000 },
              "lossCap": { "maxFraction": 0.05 },
              "centrumgemeenten": [
                { "code": "GM0307", "name": "Amersfoort", "historical": 400000, "keyWeight": 1 },
                { "code": "GM0344", "name": "Utrecht", "historical": 600000, "keyWeight": 1 }
              ]
            }
            """;

        var body = await (await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2017), capped)).ReadJson();

        var utrecht = body["result"]!["centrumgemeenten"]![1]!;
        utrecht["phasedPayment"].Euros().Should().Be(500_000m);
        utrecht["topUp"].Euros().Should().Be(70_000m, "a loss of at most 5% of 600,000 keeps it at 570,000");
        utrecht["transitionShare"].Euros().Should().Be(15_000m, "the 30,000 left of the transition budget goes 1:1 by the key");
        body["result"]!["totalPayments"].Euros().Should().Be(1_100_000m);
        body["result"]!["findings"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_plan_without_a_payment_takes_it_from_the_stored_distribution_of_its_year()
    {
        var distribution = await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), HalfwayPhaseIn);
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2016), DuVoRequests.Plan(null, ("Veilig Thuis", 100_000m), ("Opvang en begeleiding", 216_666.67m)));

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2016));

        breakdown["payment"].Euros().Should().Be(316_666.67m);
        breakdown["paymentSource"]!.GetValue<string>().Should().Be("distribution");
        breakdown["distribution"]!["etag"]!.GetValue<string>().Should().Be(distribution.ETag());
        breakdown["shortfall"].Euros().Should().Be(0m);
        breakdown["surplus"].Euros().Should().Be(0m);
    }

    [Fact]
    public async Task An_entered_payment_wins_over_the_distribution()
    {
        await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), HalfwayPhaseIn);
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2016), DuVoRequests.Plan(300_000m, ("Veilig Thuis", 300_000m)));

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2016));

        breakdown["payment"].Euros().Should().Be(300_000m);
        breakdown["paymentSource"]!.GetValue<string>().Should().Be("plan");
        breakdown["distribution"].Should().BeNull();
    }

    [Fact]
    public async Task Without_an_entered_payment_or_a_distribution_the_breakdown_answers_409_saying_what_is_missing()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2016), DuVoRequests.Plan(null, ("Veilig Thuis", 100_000m)));

        var problem = await (await _duvo.Of("GM0344").GetAsync(DuVoRequests.BreakdownUrl("GM0344", 2016))).ShouldBeProblem(409);

        problem["detail"]!.GetValue<string>().Should().Contain("geen landelijke verdeling van 2016").And.Contain("PUT /v1/duvo/2016/distribution");
    }

    [Fact]
    public async Task A_distribution_without_the_centrumgemeente_answers_409_naming_it()
    {
        await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), HalfwayPhaseIn);
        await _duvo.Of("GM0202").PutNew(DuVoRequests.PlanUrl("GM0202", 2016), DuVoRequests.Plan(null, ("Veilig Thuis", 100_000m)));

        var problem = await (await _duvo.Of("GM0202").GetAsync(DuVoRequests.BreakdownUrl("GM0202", 2016))).ShouldBeProblem(409);

        problem["detail"]!.GetValue<string>().Should().Contain("bevat GM0202 niet");
    }

    /// <summary>docs/duvo.md's worked example: a third of the cut may be lost; the rest of the transition budget stays with the Rijk.</summary>
    private const string ThirdOfTheCutUnpaid = """
        {
          "macroBudget": 30000000,
          "phaseIn": 1,
          "transitionBudget": { "name": "Knelpuntenpot", "amount": 10000000, "remainder": "unpaid" },
          "lossCap": { "maxFractionOfCut": 0.3333333333 },
          "centrumgemeenten": [
            { "code": "GM0001", "name": "A", "historical": 12000000, "keyWeight": 9 },
            { "code": "GM0002", "name": "B", "historical": 6000000, "keyWeight": 9 },
            { "code": "GM0003", "name": "C", "historical": 7000000, "keyWeight": 7.5 },
            { "code": "GM0004", "name": "D", "historical": 5000000, "keyWeight": 4.5 }
          ]
        }
        """;

    [Fact]
    public async Task A_loss_of_a_third_of_the_cut_with_the_rest_unpaid_pays_the_worked_example()
    {
        var body = await (await _duvo.Admin.PutNew(DuVoRequests.DistributionUrl(2016), ThirdOfTheCutUnpaid)).ReadJson();

        var result = body["result"]!;
        result["centrumgemeenten"].Euros("payment").Should().Equal(11_000_000m, 9_000_000m, 7_500_000m, 4_833_333.33m);
        result["transitionUnpaid"].Euros().Should().Be(7_666_666.67m);
        result["totalPayments"].Euros().Should().Be(32_333_333.33m);
        body["distribution"]!["transitionBudget"]!["remainder"]!.GetValue<string>().Should().Be("unpaid");
    }

    [Fact]
    public async Task An_unknown_remainder_rule_is_refused_naming_the_field()
    {
        var response = await _duvo.Admin.PutAsync(DuVoRequests.DistributionUrl(2016), Http.Json(ThirdOfTheCutUnpaid.Replace("\"unpaid\"", "\"rijk\"")));

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain("/transitionBudget/remainder");
    }
}
