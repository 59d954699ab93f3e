using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// A national distribution made of components over HTTP, with the illustrative 2019 samples: the meicirculaire's basis (14,000,000),
/// Veilig Thuis through the IBP (1,500,000) and GHNT's 75,000 per centrumgemeente; the septembercirculaire adds 675,000 for Veilig Thuis.
/// </summary>
public sealed class DistributionComponentTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _admin;

    public DistributionComponentTests() => _admin = _app.CreateAdminClient();

    public void Dispose() => _app.Dispose();

    public static string Meicirculaire => DuVoRequests.Sample("distribution-2019-1-meicirculaire.json");

    private async Task<JsonNode> PutMeicirculaire() => await (await _admin.PutNew(DuVoRequests.DistributionUrl(2019), Meicirculaire)).ReadJson();

    private static JsonNode Share(JsonNode result, string code) =>
        result["centrumgemeenten"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == code)!;

    [Fact]
    public async Task A_centrumgemeentes_payment_is_the_sum_of_its_component_shares()
    {
        // Weights per thousand euros: basis 4,400 of 14,000 x 14,000,000 = 4,400,000; Veilig Thuis 500 of 1,500 x 1,500,000 = 500,000;
        // GHNT 75,000. Arnhem: 4,400,000 + 500,000 + 75,000 = 4,975,000.00.
        var arnhem = Share((await PutMeicirculaire())["result"]!, "GM0202");

        arnhem["payment"].Euros().Should().Be(4_975_000m);
        arnhem["components"]!.AsArray().Select(c => (c!["component"]!.GetValue<string>(), c["circular"]!.GetValue<string>(), c["payment"].Euros()))
            .Should().Equal(
                ("Basis", "meicirculaire 2019", 4_400_000m),
                ("Veilig Thuis (IBP)", "meicirculaire 2019", 500_000m),
                ("GHNT regionale projectleiding", "meicirculaire 2018", 75_000m));
    }

    [Fact]
    public async Task The_answer_shows_the_payments_per_circular()
    {
        // meicirculaire 2019: 14,000,000 + 1,500,000; meicirculaire 2018: 4 x 75,000. Hilversum: 1,900,000 + 250,000 and 75,000.
        var result = (await PutMeicirculaire())["result"]!;

        result["byCircular"]!.AsArray().Select(c => (c!["circular"]!.GetValue<string>(), c["payment"].Euros()))
            .Should().Equal(("meicirculaire 2019", 15_500_000m), ("meicirculaire 2018", 300_000m));
        Share(result, "GM0402")["byCircular"]!.AsArray().Select(c => (c!["circular"]!.GetValue<string>(), c["payment"].Euros()))
            .Should().Equal(("meicirculaire 2019", 2_150_000m), ("meicirculaire 2018", 75_000m));
    }

    [Fact]
    public async Task Each_component_answers_its_payments_and_a_keyed_one_its_own_distribution()
    {
        var components = (await PutMeicirculaire())["result"]!["components"]!.AsArray();

        components.Select(c => c!["totalPayments"].Euros()).Should().Equal(14_000_000m, 1_500_000m, 300_000m);
        components[1]!["centrumgemeenten"].Euros("payment").Should().Equal(500_000m, 250_000m, 500_000m, 250_000m);
        components[1]!["distribution"]!["centrumgemeenten"].Euros("objective").Should().Equal(500_000m, 250_000m, 500_000m, 250_000m);
        components[2]!["distribution"].Should().BeNull("fixed amounts are paid as given");
    }

    [Fact]
    public async Task The_macro_budget_and_total_of_a_distribution_with_components_are_theirs_together()
    {
        var result = (await PutMeicirculaire())["result"]!;

        result["macroBudget"].Euros().Should().Be(15_800_000m);
        result["totalPayments"].Euros().Should().Be(15_800_000m);
    }

    [Fact]
    public async Task The_stored_distribution_keeps_its_components()
    {
        await PutMeicirculaire();

        var stored = (await _admin.GetOk(DuVoRequests.DistributionUrl(2019)))["distribution"]!;

        stored["components"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Should().Equal("Basis", "Veilig Thuis (IBP)", "GHNT regionale projectleiding");
        stored["components"]![0]!["macroBudget"].Raw().Should().Be("14000000.00");
        stored["components"]![2]!["fixedAmounts"]![3]!["amount"].Raw().Should().Be("75000.00");
        stored["macroBudget"].Should().BeNull("with components the macro budget is per component");
    }

    [Fact]
    public async Task A_distribution_without_components_answers_as_before()
    {
        const string plain = """
            { "macroBudget": 1000000, "phaseIn": 1, "centrumgemeenten": [{ "code": "GM0344", "name": "Utrecht", "keyWeight": 1 }] }
            """;

        var body = await (await _admin.PutNew(DuVoRequests.DistributionUrl(2016), plain)).ReadJson();

        body["distribution"]!.AsObject().ContainsKey("components").Should().BeFalse();
        body["result"]!["components"]!.AsArray().Should().BeEmpty();
        body["result"]!["byCircular"]!.AsArray().Should().BeEmpty();
        body["result"]!["centrumgemeenten"]![0]!["components"]!.AsArray().Should().BeEmpty();
        body["result"]!["centrumgemeenten"]![0]!["keyWeight"].Raw().Should().Be("1");
    }

    private static string WithComponents(string components, string extra = "") => $$"""
        {
          "phaseIn": 1,{{extra}}
          "centrumgemeenten": [{ "code": "GM0402", "name": "Hilversum" }],
          "components": {{components}}
        }
        """;

    private async Task<Dictionary<string, string[]>> Refused(string json, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, DuVoRequests.DistributionUrl(2019)) { Content = Http.Json(json) };
        if (language is not null) request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var problem = await (await _admin.SendAsync(request)).ShouldBeProblem(400);
        (await _admin.GetAsync(DuVoRequests.DistributionUrl(2019))).StatusCode.Should().Be(HttpStatusCode.NotFound, "nothing is stored");
        return problem["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task A_component_with_both_a_macro_budget_and_fixed_amounts_is_refused_at_the_component_in_Dutch_by_default()
    {
        var json = WithComponents("""[{ "name": "GHNT", "circular": "meicirculaire 2018", "macroBudget": 1, "fixedAmounts": [{ "code": "GM0402", "amount": 75000 }] }]""");

        var errors = await Refused(json);

        errors.Keys.Should().Equal("/components/0");
        errors["/components/0"].Single().Should().StartWith("Geef het component óf een macroBudget");
    }

    [Fact]
    public async Task A_component_with_neither_is_refused_in_English_when_asked()
    {
        var errors = await Refused(WithComponents("""[{ "name": "GHNT", "circular": "meicirculaire 2018" }]"""), "en");

        errors["/components/0"].Single().Should().StartWith("Give the component either a macroBudget with centrumgemeenten");
    }

    [Fact]
    public async Task A_fixed_component_takes_no_phase_in_rules()
    {
        var json = WithComponents("""[{ "name": "GHNT", "circular": "meicirculaire 2018", "lossCap": { "maxFraction": 0.1 }, "fixedAmounts": [{ "code": "GM0402", "amount": 75000 }] }]""");

        (await Refused(json)).Keys.Should().Equal("/components/0/lossCap");
    }

    [Fact]
    public async Task A_fixed_amount_without_an_amount_is_refused_saying_what_to_give()
    {
        var errors = await Refused(WithComponents("""[{ "name": "GHNT", "circular": "meicirculaire 2018", "fixedAmounts": [{ "code": "GM0402" }] }]"""));

        errors["/components/0/fixedAmounts/0/amount"].Should().Equal("Geef het bedrag in euro's.");
    }

    [Fact]
    public async Task A_macro_budget_for_the_whole_distribution_is_refused_when_it_has_components()
    {
        var json = WithComponents("""[{ "name": "GHNT", "circular": "meicirculaire 2018", "fixedAmounts": [{ "code": "GM0402", "amount": 75000 }] }]""", "\n  \"macroBudget\": 100,");

        var errors = await Refused(json);

        errors["/macroBudget"].Single().Should().Contain("components[].macroBudget");
    }

    [Fact]
    public async Task A_component_naming_a_municipality_the_distribution_does_not_is_refused_at_its_code()
    {
        var json = WithComponents("""[{ "name": "Basis", "circular": "meicirculaire 2019", "macroBudget": 100, "centrumgemeenten": [{ "code": "GM0344", "keyWeight": 1 }] }]""");

        (await Refused(json)).Keys.Should().Equal("/components/0/centrumgemeenten/0/code");
    }

    [Fact]
    public async Task A_keyed_component_without_a_key_weight_is_refused_at_it()
    {
        var json = WithComponents("""[{ "name": "Basis", "circular": "meicirculaire 2019", "macroBudget": 100, "centrumgemeenten": [{ "code": "GM0402" }] }]""");

        (await Refused(json)).Keys.Should().Contain("/components/0/centrumgemeenten/0/keyWeight");
    }
}
