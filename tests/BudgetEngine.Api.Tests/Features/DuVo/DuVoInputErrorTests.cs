namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>Bad input is a 400 problem naming the field (a route parameter, or a JSON pointer into the body), and nothing is stored.</summary>
public sealed class DuVoInputErrorTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public DuVoInputErrorTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    private static async Task ShouldNameField(HttpResponseMessage response, string field, string? says = null)
    {
        var errors = await Errors(response);
        errors.Keys.Should().Contain(field);
        if (says is not null) errors[field].Should().Contain(m => m.Contains(says));
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblem(400);
        return problem["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray());
    }

    [Theory]
    [InlineData("gm0344")]
    [InlineData("GM344")]
    [InlineData("0344")]
    public async Task A_code_that_is_not_GM_and_four_digits_is_rejected_naming_code(string code)
    {
        // Admin's key, which may reach every code: a centrumgemeente's key is told 404 for any code but its own.
        await ShouldNameField(await _duvo.Admin.Put(DuVoRequests.PlanUrl(code, 2015), DuVoRequests.Utrecht2015, null), "code", "GM");
        await ShouldNameField(await _duvo.Admin.GetAsync(DuVoRequests.BreakdownUrl(code, 2015)), "code");
        await ShouldNameField(await _duvo.Admin.GetAsync($"/v1/centrumgemeenten/{code}/duvo"), "code");
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("twintig")]
    public async Task A_year_outside_2000_to_2100_or_not_a_number_is_rejected_naming_year(string year)
    {
        await ShouldNameField(await _duvo.Of("GM0344").Put($"/v1/centrumgemeenten/GM0344/duvo/{year}/plan", DuVoRequests.Utrecht2015, null), "year");
        await ShouldNameField(await _duvo.Of("GM0344").GetAsync($"/v1/duvo/{year}/distribution"), "year");
    }

    [Fact]
    public async Task A_sub_cent_amount_is_rejected_at_its_pointer_and_nothing_is_stored()
    {
        var response = await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), DuVoRequests.Plan(100m, ("Algemeen", 100.005m)), null);

        await ShouldNameField(response, "/categories/0/amount", "fijner dan een cent");
        await (await _duvo.Of("GM0344").GetAsync(DuVoRequests.PlanUrl("GM0344", 2015))).ShouldBeProblem(404);
        (await _duvo.Admin.GetOk("/v1/centrumgemeenten")).AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_property_is_rejected_at_its_pointer()
    {
        var response = await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), """{ "categories": [{ "name": "Algemeen", "amount": 1, "bedrag": 2 }] }""", null);

        await ShouldNameField(response, "/categories/0/bedrag");
    }

    [Fact]
    public async Task Parts_adding_up_to_more_than_their_category_are_rejected()
    {
        const string plan = """
            { "payment": 100, "categories": [{ "name": "Veilig Thuis", "amount": 100, "parts": [{ "name": "Minderjarigen", "amount": 150, "source": "Jeugd" }] }] }
            """;

        await ShouldNameField(await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), plan, null), "/categories/0/parts");
    }

    [Fact]
    public async Task A_regiogemeente_needs_a_valid_code_and_exactly_one_key()
    {
        const string plan = """
            { "payment": 100, "categories": [],
              "regiogemeenten": [
                { "code": "GM02O2", "name": "Arnhem", "inhabitants": 10 },
                { "code": "GM0274", "name": "Renkum", "inhabitants": 10, "fixedShare": 50 }
              ] }
            """;

        var errors = await Errors(await _duvo.Of("GM0202").Put(DuVoRequests.PlanUrl("GM0202", 2019), plan, null));

        errors.Keys.Should().Contain("/regiogemeenten/0/code");
        errors["/regiogemeenten/1"].Should().Equal("Geef precies een van inhabitants en fixedShare.");
    }

    [Fact]
    public async Task A_plan_error_is_in_Dutch_by_default_and_in_English_when_asked_at_the_same_field()
    {
        // The parts 150.00 exceed the category's 100.00.
        const string plan = """
            { "payment": 100, "categories": [{ "name": "Veilig Thuis", "amount": 100, "parts": [{ "name": "Minderjarigen", "amount": 150, "source": "Jeugd" }] }] }
            """;
        using var english = new HttpRequestMessage(HttpMethod.Put, DuVoRequests.PlanUrl("GM0344", 2015)) { Content = Http.Json(plan) };
        english.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var inDutch = await Errors(await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), plan, null));
        var inEnglish = await Errors(await _duvo.Of("GM0344").SendAsync(english));

        inDutch["/categories/0/parts"].Should().Equal("De onderdelen zijn samen € 150,00, meer dan het bedrag van de categorie, € 100,00.");
        inEnglish["/categories/0/parts"].Should().Equal("The parts add up to EUR 150.00, more than the category's amount EUR 100.00.");
    }

    [Fact]
    public async Task A_missing_category_amount_is_rejected_saying_what_to_give()
    {
        await ShouldNameField(await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), """{ "categories": [{ "name": "Algemeen" }] }""", null),
            "/categories/0/amount", "Geef de hele kosten");
    }

    [Fact]
    public async Task A_distribution_with_a_phase_in_outside_0_to_1_or_a_duplicate_code_is_rejected()
    {
        const string distribution = """
            { "macroBudget": 100, "phaseIn": 1.5,
              "centrumgemeenten": [{ "code": "GM0344", "name": "Utrecht", "keyWeight": 1 }, { "code": "GM0344", "name": "Utrecht", "keyWeight": 1 }] }
            """;

        var errors = await Errors(await _duvo.Admin.Put(DuVoRequests.DistributionUrl(2015), distribution, null));

        errors.Keys.Should().Contain(["/phaseIn", "/centrumgemeenten/1/code"]);
        await (await _duvo.Admin.GetAsync(DuVoRequests.DistributionUrl(2015))).ShouldBeProblem(404);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_and_not_a_500()
    {
        var response = await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2015), "{ \"categories\": [", null);

        await response.ShouldBeProblem(400);
    }

    [Fact]
    public async Task Unknown_plans_distributions_and_centrumgemeenten_answer_404()
    {
        await (await _duvo.Of("GM0344").GetAsync(DuVoRequests.PlanUrl("GM0344", 2015))).ShouldBeProblem(404);
        await (await _duvo.Of("GM0344").GetAsync(DuVoRequests.BreakdownUrl("GM0344", 2015))).ShouldBeProblem(404);
        await (await _duvo.Admin.GetAsync(DuVoRequests.DistributionUrl(2015))).ShouldBeProblem(404);
        await (await _duvo.Of("GM0344").GetAsync("/v1/centrumgemeenten/GM0344/duvo")).ShouldBeProblem(404);
    }
}
