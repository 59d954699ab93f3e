using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>A plan's cofinancing.rules share costs over the regiogemeenten, shortfall or not; proposed apart from agreed.</summary>
public sealed class StructuralCofinancingTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public StructuralCofinancingTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    // Illustrative: no shortfall at all (payment 1,000,000 pays the DU VO part exactly); 600,000 for minors from youth money.
    private const string MinorsPlan = """
        {
          "name": "Utrecht",
          "payment": 1000000,
          "categories": [ { "name": "Veilig Thuis", "amount": 1600000,
            "parts": [ { "name": "Veilig Thuis voor minderjarigen", "amount": 600000, "source": "Jeugd", "tags": [ "minors" ] } ] } ],
          "regiogemeenten": [
            { "code": "GM0307", "name": "Amersfoort", "inhabitants": 160000, "inhabitants0to17": 10000 },
            { "code": "GM0344", "name": "Utrecht", "inhabitants": 360000, "inhabitants0to17": 20000 },
            { "code": "GM0355", "name": "Zeist", "inhabitants": 65000, "inhabitants0to17": 30000 } ],
          "cofinancing": { "rules": [
            { "category": "Veilig Thuis", "part": "Veilig Thuis voor minderjarigen", "key": "inhabitants0to17", "status": "agreed" },
            { "name": "Bijdrage coördinatie", "amount": 30000, "key": "agreedAmounts", "status": "proposed",
              "amounts": [ { "code": "GM0307", "amount": 5000 }, { "code": "GM0344", "amount": 10000 }, { "code": "GM0355", "amount": 15000 } ] } ] }
        }
        """;

    [Fact]
    public async Task The_minors_part_split_by_youth_inhabitants_is_agreed_and_the_proposal_is_shown_apart()
    {
        // 600,000 x 10,000 / 20,000 / 30,000 of 60,000 youths = 100,000 / 200,000 / 300,000; the proposal 5,000 / 10,000 / 15,000.
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2016), MinorsPlan);
        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2016));

        breakdown["shortfall"].Euros().Should().Be(0m);
        breakdown["cofinancing"]!.AsArray().Should().BeEmpty();
        breakdown["cofinancingRules"]![0]!["contributions"].Euros("amount").Should().Equal(100_000m, 200_000m, 300_000m);
        breakdown["agreedContributions"].Euros("amount").Should().Equal(100_000m, 200_000m, 300_000m);
        breakdown["proposedContributions"].Euros("amount").Should().Equal(5_000m, 10_000m, 15_000m);
        breakdown["cofinancingRules"]![1]!["status"]!.GetValue<string>().Should().Be("proposed");
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task The_sheet_shows_the_proposed_contributions_apart_from_the_agreed_ones(string accept)
    {
        // Agreed (youth key): 100,000 / 200,000 / 300,000; proposed (agreed amounts): 5,000 / 10,000 / 15,000, each under its own title.
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2016), MinorsPlan);
        using var request = new HttpRequestMessage(HttpMethod.Get, DuVoRequests.BreakdownUrl("GM0344", 2016));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var bytes = await (await _duvo.Of("GM0344").SendAsync(request)).Content.ReadAsByteArrayAsync();
        var rows = accept == "text/csv"
            ? BudgetEngine.Formats.Read.CsvParser.Parse(BudgetEngine.Formats.Read.CsvDecoder.Decode(bytes).Text).Rows
            : BudgetEngine.Formats.Read.XlsxReader.Read(bytes).Sheets!.Single(s => s.Name == "Structurele cofinanciering").Rows;

        decimal[] Totals(string status) => rows.Where(r => r[0] == status).Select(r => BudgetEngine.Core.Amounts.Money.Parse(r[3]).Euros).ToArray();
        Totals("afgesproken").Should().Equal(100_000m, 200_000m, 300_000m);
        Totals("voorgesteld").Should().Equal(5_000m, 10_000m, 15_000m);
        int Row(Func<BudgetEngine.Formats.Read.CsvRow, bool> match) => rows.ToList().FindIndex(r => match(r));
        var agreedTitle = Row(r => r[0].EndsWith(", afgesproken", StringComparison.Ordinal));
        var proposedTitle = Row(r => r[0].EndsWith(", voorgesteld (nog niet afgesproken)", StringComparison.Ordinal));
        agreedTitle.Should().BeLessThan(Row(r => r[0] == "afgesproken"));
        Row(r => r[0] == "afgesproken").Should().BeLessThan(proposedTitle);
        proposedTitle.Should().BeLessThan(Row(r => r[0] == "voorgesteld"));
    }

    [Fact]
    public async Task The_stored_plan_keeps_its_rules_and_the_youth_inhabitants()
    {
        await _duvo.Of("GM0344").PutNew(DuVoRequests.PlanUrl("GM0344", 2016), MinorsPlan);
        var stored = await _duvo.Of("GM0344").GetOk(DuVoRequests.PlanUrl("GM0344", 2016));

        stored["plan"]!["cofinancing"]!["rules"]!.AsArray().Select(r => r!["key"]!.GetValue<string>()).Should().Equal("inhabitants0to17", "agreedAmounts");
        stored["plan"]!["regiogemeenten"]![2]!["inhabitants0to17"]!.GetValue<long>().Should().Be(30_000);
    }

    [Theory]
    [InlineData("\"key\": \"inhabitants0to17\"", "\"key\": \"youth\"", "/cofinancing/rules/0/key")]
    [InlineData("\"status\": \"agreed\"", "\"status\": \"final\"", "/cofinancing/rules/0/status")]
    [InlineData("\"category\": \"Veilig Thuis\", \"part\"", "\"category\": \"Onbekend\", \"part\"", "/cofinancing/rules/0/category")]
    [InlineData("\"inhabitants0to17\": 30000", "\"inhabitants0to17\": -1", "/regiogemeenten/2/inhabitants0to17")]
    public async Task A_rule_with_an_unknown_key_status_or_category_is_a_400_naming_the_field_and_nothing_is_stored(string original, string replacement, string field)
    {
        MinorsPlan.Should().Contain(original);

        var response = await _duvo.Of("GM0344").Put(DuVoRequests.PlanUrl("GM0344", 2016), MinorsPlan.Replace(original, replacement), ifMatch: null);

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field);
        (await _duvo.Of("GM0344").GetAsync(DuVoRequests.PlanUrl("GM0344", 2016))).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
