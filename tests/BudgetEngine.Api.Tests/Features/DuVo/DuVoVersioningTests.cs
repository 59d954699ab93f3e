using System.Net;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>PUT creates or replaces: every PUT an immutable version, guarded by If-Match, as for scenarios.</summary>
public sealed class DuVoVersioningTests : IDisposable
{
    private static readonly string Url = DuVoRequests.PlanUrl("GM0344", 2015);
    private readonly BudgetEngineApplication _app = new();
    private readonly DuVoClients _duvo;

    public DuVoVersioningTests() => _duvo = new(_app);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_first_PUT_needs_no_If_Match_and_answers_201_with_Location_and_ETag()
    {
        var response = await _duvo.Of("GM0344").Put(Url, DuVoRequests.Utrecht2015, ifMatch: null);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be(Url);
        response.ETag().Should().Be("\"GM0344-2015-v1\"");
        var body = await response.ReadJson();
        body["version"]!.GetValue<int>().Should().Be(1);
        body["etag"]!.GetValue<string>().Should().Be(response.ETag());
        body["plan"]!["payment"].Raw().Should().Be("5413666.00", "the plan is stored in canonical form");
    }

    [Fact]
    public async Task GET_returns_the_latest_version_with_its_ETag()
    {
        await _duvo.Of("GM0344").PutNew(Url, DuVoRequests.Utrecht2015);

        var response = await _duvo.Of("GM0344").GetAsync(Url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.ETag().Should().Be("\"GM0344-2015-v1\"");
        (await response.ReadJson())["plan"]!["name"]!.GetValue<string>().Should().Be("Utrecht");
    }

    [Fact]
    public async Task A_PUT_over_a_stored_plan_without_If_Match_answers_428_and_changes_nothing()
    {
        await _duvo.Of("GM0344").PutNew(Url, DuVoRequests.Utrecht2015);

        var response = await _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(1m, ("Algemeen", 1m)), ifMatch: null);

        await response.ShouldBeProblem(428);
        (await _duvo.Of("GM0344").GetOk(Url))["version"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task A_PUT_with_the_current_ETag_makes_a_new_version_and_answers_200()
    {
        var created = await _duvo.Of("GM0344").PutNew(Url, DuVoRequests.Utrecht2015);

        var response = await _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(1_000m, ("Algemeen", 1_000m)), created.ETag());

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.ETag().Should().Be("\"GM0344-2015-v2\"");
        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));
        breakdown["payment"].Euros().Should().Be(1_000m);
        breakdown["plan"]!["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task A_PUT_with_a_stale_ETag_answers_412_naming_the_current_one_and_changes_nothing()
    {
        var created = await _duvo.Of("GM0344").PutNew(Url, DuVoRequests.Utrecht2015);
        (await _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(1_000m, ("Algemeen", 1_000m)), created.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);

        var stale = await _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(2_000m, ("Algemeen", 2_000m)), created.ETag());

        var problem = await stale.ShouldBeProblem(412);
        problem["currentETag"]!.GetValue<string>().Should().Be("\"GM0344-2015-v2\"");
        (await _duvo.Of("GM0344").GetOk(Url))["plan"]!["payment"].Euros().Should().Be(1_000m);
    }

    [Fact]
    public async Task If_Match_on_a_plan_that_does_not_exist_answers_412_and_stores_nothing()
    {
        var response = await _duvo.Of("GM0344").Put(Url, DuVoRequests.Utrecht2015, "\"GM0344-2015-v1\"");

        await response.ShouldBeProblem(412);
        await (await _duvo.Of("GM0344").GetAsync(Url)).ShouldBeProblem(404);
    }

    [Fact]
    public async Task Every_version_stays_readable_and_the_breakdown_can_use_an_earlier_one()
    {
        var created = await _duvo.Of("GM0344").PutNew(Url, DuVoRequests.Utrecht2015);
        await _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(1_000m, ("Algemeen", 1_000m)), created.ETag());

        var versions = await _duvo.Of("GM0344").GetOk($"{Url}/versions");
        var first = await _duvo.Of("GM0344").GetOk($"{Url}/versions/1");
        var breakdown = await _duvo.Of("GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015) + "?version=1");

        versions.AsArray().Select(v => v!["etag"]!.GetValue<string>()).Should().Equal("\"GM0344-2015-v1\"", "\"GM0344-2015-v2\"");
        first["plan"]!["payment"].Euros().Should().Be(5_413_666m);
        breakdown["payment"].Euros().Should().Be(5_413_666m);
        breakdown["plan"]!["version"]!.GetValue<int>().Should().Be(1);
        await (await _duvo.Of("GM0344").GetAsync($"{Url}/versions/3")).ShouldBeProblem(404);
    }

    [Fact]
    public async Task The_distribution_follows_the_same_If_Match_rules()
    {
        var url = DuVoRequests.DistributionUrl(2015);
        const string distribution = """{ "macroBudget": 100, "phaseIn": 1, "centrumgemeenten": [{ "code": "GM0344", "name": "Utrecht", "keyWeight": 1 }] }""";
        var created = await _duvo.Admin.PutNew(url, distribution);

        await (await _duvo.Admin.Put(url, distribution, ifMatch: null)).ShouldBeProblem(428);
        (await _duvo.Admin.Put(url, distribution, created.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await _duvo.Admin.Put(url, distribution, created.ETag())).ShouldBeProblem(412);
        (await _duvo.Admin.GetOk($"{url}/versions")).AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Of_concurrent_PUTs_with_the_same_ETag_exactly_one_makes_a_version_and_the_others_answer_412()
    {
        var created = await _duvo.Of("GM0344").PutNew(Url, DuVoRequests.Utrecht2015);

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(i, ("Algemeen", i)), created.ETag())));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(7);
        (await _duvo.Of("GM0344").GetOk($"{Url}/versions")).AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Of_concurrent_first_PUTs_exactly_one_creates_and_the_others_answer_428()
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            _duvo.Of("GM0344").Put(Url, DuVoRequests.Plan(i, ("Algemeen", i)), ifMatch: null)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionRequired).Should().Be(7);
        (await _duvo.Of("GM0344").GetOk($"{Url}/versions")).AsArray().Should().HaveCount(1);
    }

    [Fact]
    public async Task Plans_and_distributions_survive_a_restart()
    {
        var path = BudgetEngineApplication.NewDatabasePath();
        try
        {
            using (var first = new BudgetEngineApplication(path))
            {
                await first.CreateClient("centrumgemeente", "GM0344").PutNew(Url, DuVoRequests.Utrecht2015);
            }
            using var second = new BudgetEngineApplication(path);
            var breakdown = await second.CreateClient("centrumgemeente", "GM0344").GetOk(DuVoRequests.BreakdownUrl("GM0344", 2015));
            breakdown["payment"].Euros().Should().Be(5_413_666m);
        }
        finally
        {
            BudgetEngineApplication.DeleteDatabase(path);
        }
    }
}
