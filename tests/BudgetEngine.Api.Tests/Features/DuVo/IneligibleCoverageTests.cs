namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>DU VO money for minors (youth funds pay that) or for DU MO crisis places is flagged INELIGIBLE_COVERAGE.</summary>
public sealed class IneligibleCoverageTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public IneligibleCoverageTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Veilig_Thuis_for_minors_paid_from_the_DU_VO_is_flagged_with_youth_funds_as_where_it_belongs()
    {
        const string plan = """
            { "payment": 1000000, "categories": [
                { "name": "Veilig Thuis", "amount": 1000000,
                  "parts": [{ "name": "Minderjarigen", "amount": 250000, "tags": ["minors"] }] } ] }
            """;
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), plan);

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));

        var finding = breakdown["findings"]!.AsArray().Single()!;
        finding["code"]!.GetValue<string>().Should().Be("INELIGIBLE_COVERAGE");
        finding["severity"]!.GetValue<string>().Should().Be("error");
        finding["line"]!.GetValue<string>().Should().Be("Veilig Thuis / Minderjarigen");
        finding["amount"].Euros().Should().Be(250_000m);
        finding["suggestion"]!.GetValue<string>().Should().Be("Jeugd");
        breakdown["duVoCosts"].Euros().Should().Be(1_000_000m, "it still counts against the DU VO until the plan moves it");
    }

    [Fact]
    public async Task A_crisis_place_of_general_shelter_paid_from_the_DU_VO_is_flagged_with_the_DU_MO_as_where_it_belongs()
    {
        const string plan = """
            { "payment": 500000, "categories": [
                { "name": "Opvang en begeleiding", "amount": 400000 },
                { "name": "Crisisplaatsen maatschappelijke opvang", "amount": 100000, "tags": ["dumo-crisis"] } ] }
            """;
        await _duvo.Of("GM0307").PutNew(DuVoRequests.PlanUrl("GM0307", 2015), plan);

        var breakdown = await _duvo.Of("GM0307").GetOk(DuVoRequests.BreakdownUrl("GM0307", 2015));

        var finding = breakdown["findings"]!.AsArray().Single()!;
        finding["code"]!.GetValue<string>().Should().Be("INELIGIBLE_COVERAGE");
        finding["line"]!.GetValue<string>().Should().Be("Crisisplaatsen maatschappelijke opvang");
        finding["suggestion"]!.GetValue<string>().Should().Be("DUMO");
    }

    [Fact]
    public async Task The_same_work_paid_from_youth_funds_is_not_flagged()
    {
        const string plan = """
            { "payment": 750000, "categories": [
                { "name": "Veilig Thuis", "amount": 1000000,
                  "parts": [{ "name": "Minderjarigen", "amount": 250000, "source": "Jeugd", "tags": ["minors"] }] } ] }
            """;
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2015), plan);

        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));

        breakdown["findings"]!.AsArray().Should().BeEmpty();
        breakdown["duVoCosts"].Euros().Should().Be(750_000m);
    }
}
