using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// GET /v1/duvo/{year}/distribution/versions/{n}/changes with the illustrative 2019 samples as versions 1 and 2. The meicirculaire pays
/// the basis 14,000,000 by 4,400 : 2,100 : 5,600 : 1,900 (Arnhem 4,400,000, Amersfoort 2,100,000, Utrecht 5,600,000, Hilversum
/// 1,900,000), Veilig Thuis (IBP) 1,500,000 by 500 : 250 : 500 : 250 (500,000, 250,000, 500,000, 250,000) and GHNT 75,000 each:
/// Arnhem 4,975,000, Amersfoort 2,425,000, Utrecht 6,175,000, Hilversum 2,225,000, together 15,800,000. The septembercirculaire adds
/// "Veilig Thuis (IBP), ophoging" 675,000 by the same key (225,000, 112,500, 225,000, 112,500): together 16,475,000.
/// </summary>
public sealed class DistributionChangesTests : IDisposable
{
    private const string Url = "/v1/duvo/2019/distribution";

    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _admin;

    public DistributionChangesTests() => _admin = _app.CreateAdminClient();

    public void Dispose() => _app.Dispose();

    private static string Meicirculaire => DuVoRequests.Sample("distribution-2019-1-meicirculaire.json");

    private static string Septembercirculaire => DuVoRequests.Sample("distribution-2019-2-septembercirculaire.json");

    /// <summary>Stores the meicirculaire as version 1 and the septembercirculaire as version 2; answers a reader's client of a region.</summary>
    private async Task<HttpClient> BothCirculars()
    {
        var first = await _admin.PutNew(Url, Meicirculaire);
        (await _admin.Put(Url, Septembercirculaire, first.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
        return await _app.CreateClientAsync("reader", "Regio Gooi en Vechtstreek");
    }

    /// <summary>Stores both circulars, then the meicirculaire again as version 3.</summary>
    private async Task<HttpClient> MeicirculaireAgainAsVersionThree()
    {
        var client = await BothCirculars();
        var latest = await _admin.GetAsync(Url);
        (await _admin.Put(Url, Meicirculaire, latest.ETag())).StatusCode.Should().Be(HttpStatusCode.OK);
        return client;
    }

    private static JsonNode Named(JsonNode? list, string field, string value) =>
        list!.AsArray().Single(item => item![field]!.GetValue<string>() == value)!;

    private static string? ChangeOf(JsonNode? item) => item!["change"]?.GetValue<string>();

    [Fact]
    public async Task The_septembercirculaire_against_the_meicirculaire_gives_both_totals_and_the_difference()
    {
        var changes = await (await BothCirculars()).GetOk($"{Url}/versions/2/changes");

        (changes["year"]!.GetValue<int>(), changes["from"]!.GetValue<int>(), changes["version"]!.GetValue<int>()).Should().Be((2019, 1, 2));
        (changes["total"]!["before"].Euros(), changes["total"]!["after"].Euros(), changes["total"]!["difference"].Euros())
            .Should().Be((15_800_000m, 16_475_000m, 675_000m));
    }

    [Fact]
    public async Task Each_centrumgemeente_gives_its_payment_in_both_versions_and_the_difference()
    {
        var changes = await (await BothCirculars()).GetOk($"{Url}/versions/2/changes");

        changes["centrumgemeenten"]!.AsArray()
            .Select(c => (c!["code"]!.GetValue<string>(), ChangeOf(c), c["before"].Euros(), c["after"].Euros(), c["difference"].Euros()))
            .Should().Equal(
                ("GM0202", "changed", 4_975_000m, 5_200_000m, 225_000m),
                ("GM0307", "changed", 2_425_000m, 2_537_500m, 112_500m),
                ("GM0344", "changed", 6_175_000m, 6_400_000m, 225_000m),
                ("GM0402", "changed", 2_225_000m, 2_337_500m, 112_500m));
    }

    [Fact]
    public async Task The_component_the_septembercirculaire_adds_is_added_and_the_others_carry_no_change()
    {
        var changes = await (await BothCirculars()).GetOk($"{Url}/versions/2/changes");

        changes["components"]!.AsArray()
            .Select(c => (c!["component"]!.GetValue<string>(), ChangeOf(c), c["before"].Euros(), c["after"].Euros(), c["difference"].Euros()))
            .Should().Equal(
                ("Basis", null, 14_000_000m, 14_000_000m, 0m),
                ("Veilig Thuis (IBP)", null, 1_500_000m, 1_500_000m, 0m),
                ("Veilig Thuis (IBP), ophoging", "added", 0m, 675_000m, 675_000m),
                ("GHNT regionale projectleiding", null, 300_000m, 300_000m, 0m));
        var added = Named(changes["components"], "component", "Veilig Thuis (IBP), ophoging");
        (added["circularBefore"], added["circularAfter"]!.GetValue<string>()).Should().Be((null, "septembercirculaire 2019"));
    }

    [Fact]
    public async Task Each_circular_gives_what_its_components_pay_in_both_versions()
    {
        // meicirculaire 2019: 14,000,000 + 1,500,000; septembercirculaire 2019: the ophoging; meicirculaire 2018: GHNT 4 x 75,000.
        var changes = await (await BothCirculars()).GetOk($"{Url}/versions/2/changes");

        changes["circulars"]!.AsArray()
            .Select(c => (c!["circular"]!.GetValue<string>(), ChangeOf(c), c["before"].Euros(), c["after"].Euros()))
            .Should().Equal(
                ("meicirculaire 2019", null, 15_500_000m, 15_500_000m),
                ("septembercirculaire 2019", "added", 0m, 675_000m),
                ("meicirculaire 2018", null, 300_000m, 300_000m));
    }

    [Fact]
    public async Task A_centrumgemeente_gives_its_part_of_each_component_and_circular()
    {
        // Arnhem: basis 4,400,000, Veilig Thuis 500,000 and GHNT 75,000 in both; the ophoging adds 500 of 1,500 x 675,000 = 225,000.
        var arnhem = Named((await (await BothCirculars()).GetOk($"{Url}/versions/2/changes"))["centrumgemeenten"], "code", "GM0202");

        arnhem["components"]!.AsArray().Select(c => (c!["component"]!.GetValue<string>(), ChangeOf(c), c["before"].Euros(), c["after"].Euros()))
            .Should().Equal(
                ("Basis", null, 4_400_000m, 4_400_000m),
                ("Veilig Thuis (IBP)", null, 500_000m, 500_000m),
                ("Veilig Thuis (IBP), ophoging", "added", 0m, 225_000m),
                ("GHNT regionale projectleiding", null, 75_000m, 75_000m));
        arnhem["circulars"]!.AsArray().Select(c => (c!["circular"]!.GetValue<string>(), c["before"].Euros(), c["after"].Euros()))
            .Should().Equal(("meicirculaire 2019", 4_900_000m, 4_900_000m), ("septembercirculaire 2019", 0m, 225_000m), ("meicirculaire 2018", 75_000m, 75_000m));
    }

    [Fact]
    public async Task A_component_a_later_version_drops_is_removed()
    {
        // Version 3 is the meicirculaire again: the ophoging's 675,000 goes, Arnhem back from 5,200,000 to 4,975,000.
        var client = await MeicirculaireAgainAsVersionThree();

        var changes = await client.GetOk($"{Url}/versions/3/changes");

        var removed = Named(changes["components"], "component", "Veilig Thuis (IBP), ophoging");
        (ChangeOf(removed), removed["before"].Euros(), removed["after"].Euros(), removed["circularAfter"]).Should().Be(("removed", 675_000m, 0m, null));
        ChangeOf(Named(changes["circulars"], "circular", "septembercirculaire 2019")).Should().Be("removed");
        Named(changes["centrumgemeenten"], "code", "GM0202")["difference"].Euros().Should().Be(-225_000m);
    }

    [Fact]
    public async Task From_names_the_version_the_changes_are_counted_from()
    {
        // Version 3 (the meicirculaire again) against version 1: nothing changed.
        var client = await MeicirculaireAgainAsVersionThree();

        var changes = await client.GetOk($"{Url}/versions/3/changes?from=1");

        changes["from"]!.GetValue<int>().Should().Be(1);
        changes["total"]!["difference"].Euros().Should().Be(0m);
        changes["centrumgemeenten"]!.AsArray().Select(ChangeOf).Should().AllSatisfy(c => c.Should().BeNull());
    }

    [Fact]
    public async Task The_first_version_against_no_distribution_is_everything_added()
    {
        var changes = await (await BothCirculars()).GetOk($"{Url}/versions/1/changes");

        changes["from"]!.GetValue<int>().Should().Be(0);
        (changes["total"]!["before"].Euros(), changes["total"]!["after"].Euros()).Should().Be((0m, 15_800_000m));
        changes["centrumgemeenten"]!.AsArray().Select(ChangeOf).Should().Equal("added", "added", "added", "added");
    }

    [Fact]
    public async Task A_version_the_year_does_not_have_is_404()
    {
        var client = await BothCirculars();

        var problem = await (await client.GetAsync($"{Url}/versions/3/changes")).ShouldBeProblem(404);

        problem["detail"]!.GetValue<string>().Should().Contain("3");
    }

    [Fact]
    public async Task A_year_without_a_distribution_is_404()
    {
        var client = await _app.CreateClientAsync("reader", "Regio Gooi en Vechtstreek");

        await (await client.GetAsync("/v1/duvo/2020/distribution/versions/1/changes")).ShouldBeProblem(404);
    }

    [Theory]
    [InlineData("/versions/2/changes?from=2")]
    [InlineData("/versions/2/changes?from=3")]
    [InlineData("/versions/2/changes?from=-1")]
    [InlineData("/versions/1/changes?from=1")]
    public async Task A_from_that_is_not_an_earlier_version_is_400_naming_from(string route)
    {
        var client = await BothCirculars();

        var problem = await (await client.GetAsync(Url + route)).ShouldBeProblem(400);

        problem["errors"]!["from"]![0]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_from_that_is_not_a_number_is_400_naming_from()
    {
        var client = await BothCirculars();

        var problem = await (await client.GetAsync($"{Url}/versions/2/changes?from=mei")).ShouldBeProblem(400);

        problem["errors"]!["from"].Should().NotBeNull(problem.ToJsonString());
    }

    [Fact]
    public async Task The_problem_of_a_from_not_earlier_says_which_versions_to_give_in_Dutch_by_default()
    {
        var client = await BothCirculars();

        var problem = await (await client.GetAsync($"{Url}/versions/2/changes?from=2")).ShouldBeProblem(400);

        problem["errors"]!["from"]![0]!.GetValue<string>().Should().Be(
            "from moet een eerdere versie van de verdeling van het jaar zijn dan 2: een versie van 0 (geen verdeling vóór versie 1) tot en met 1.");
    }

    [Fact]
    public async Task The_problem_of_a_from_not_earlier_is_in_English_when_asked()
    {
        var client = await BothCirculars();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/versions/2/changes?from=2");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var problem = await (await client.SendAsync(request)).ShouldBeProblem(400);

        problem["errors"]!["from"]![0]!.GetValue<string>().Should().Be(
            "from must be an earlier version of the year's distribution than 2: a version from 0 (no distribution before version 1) to 1.");
    }

    [Fact]
    public async Task A_centrumgemeente_reads_the_changes_as_it_reads_the_distribution()
    {
        await BothCirculars();
        var hilversum = await _app.CreateClientAsync("centrumgemeente", "GM0402");

        var changes = await hilversum.GetOk($"{Url}/versions/2/changes");

        changes["centrumgemeenten"]!.AsArray().Should().HaveCount(4, "the distribution is national: every key that reads it sees all of it");
    }

    [Fact]
    public async Task Without_a_key_the_changes_are_401()
    {
        await BothCirculars();

        await (await _app.CreateAnonymousClient().GetAsync($"{Url}/versions/2/changes")).ShouldBeProblem(401);
    }

    [Fact]
    public async Task The_route_the_septembercirculaire_sample_names_gives_its_changes_once_the_samples_are_loaded()
    {
        var description = JsonNode.Parse(Septembercirculaire)!["description"]!.GetValue<string>();
        var route = Regex.Match(description, @"GET (/v1/\S+/changes)").Groups[1].Value;
        var path = BudgetEngineApplication.NewDatabasePath();
        try
        {
            using var loaded = new BudgetEngineApplication(path, new Dictionary<string, string?> { ["Samples:LoadOnEmptyDatabase"] = "true" });
            var client = await loaded.CreateClientAsync("reader", "Regio Gooi en Vechtstreek");

            var changes = await client.GetOk(route);

            changes["total"]!["difference"].Euros().Should().Be(675_000m);
        }
        finally
        {
            BudgetEngineApplication.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task A_year_outside_the_range_is_400_naming_year()
    {
        var client = await _app.CreateClientAsync("reader", "Regio Gooi en Vechtstreek");

        var problem = await (await client.GetAsync("/v1/duvo/1850/distribution/versions/2/changes")).ShouldBeProblem(400);

        problem["errors"]!["year"].Should().NotBeNull();
    }
}
