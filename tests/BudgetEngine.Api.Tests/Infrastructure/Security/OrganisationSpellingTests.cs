using System.Net;
using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>
/// An organisation is one organisation however it is spelled: Unicode NFC, white space such as a non-breaking space
/// collapsed, trimmed, case ignored with the invariant culture; so a scenario stored under another spelling of one's
/// own organisation is in one's own listing and in the admin's ?organisation= filter. Control characters (a tab, NUL)
/// and bidirectional overrides are refused with 400 naming the field.
/// </summary>
public sealed class OrganisationSpellingTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("Regio\u00A0Één", "a non-breaking space")]
    [InlineData("  REGIO ÉÉN ", "non-ASCII upper case and spaces around")]
    [InlineData("Regio E\u0301e\u0301n", "decomposed accents (NFD)")]
    [InlineData("Regio \u2003 Één", "a run of Unicode spaces")]
    public async Task Another_spelling_of_ones_own_organisation_is_in_ones_own_listing_and_the_admins_filter(string spelling, string difference)
    {
        var officer = await _app.CreateClientAsync("finance-officer", "Regio Één");

        (await officer.PostAsync("/v1/scenarios", Http.Json(Scenario(spelling)))).StatusCode.Should().Be(HttpStatusCode.Created, difference);

        var own = await (await officer.GetAsync("/v1/scenarios")).ReadJson();
        own["totalCount"]!.GetValue<int>().Should().Be(1, $"a scenario spelled with {difference} is one's own");
        own["items"]![0]!["organisation"]!.GetValue<string>().Should().Be(spelling.Trim() == "REGIO ÉÉN" ? "REGIO ÉÉN" : "Regio Één", "it is stored normalised (NFC, single spaces, trimmed)");
        var filtered = await (await _app.CreateAdminClient().GetAsync("/v1/scenarios?organisation=" + Uri.EscapeDataString("regio  één"))).ReadJson();
        filtered["totalCount"]!.GetValue<int>().Should().Be(1, "the admin's filter is normalised alike");
    }

    [Theory]
    [InlineData("Regio\tEigen", "U+0009")]
    [InlineData("Regio\u0000Eigen", "U+0000")]
    [InlineData("Regio \u202EnegiE", "U+202E")]
    [InlineData("Regio \u2066Eigen\u2069", "U+2066")]
    public async Task An_organisation_with_a_control_or_bidirectional_override_character_is_refused_naming_the_field(string organisation, string character)
    {
        var problem = await (await (await _app.CreateClientAsync("finance-officer", "Regio Eigen")).PostAsync("/v1/scenarios", Http.Json(Scenario(organisation)))).ShouldBeProblem(400);

        problem["errors"]!["/organisation"]![0]!.GetValue<string>().Should().Contain(character);
        (await (await _app.CreateAdminClient().GetAsync("/v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("/name", "Begroting\u0000")]
    [InlineData("/lines/0/name", "Projectleider \u202Egnireg")]
    public async Task Names_with_control_or_bidirectional_override_characters_are_refused(string field, string value)
    {
        var body = JsonNode.Parse(Http.SmallScenario())!.AsObject();
        if (field == "/name") body["name"] = value;
        else body["lines"]![0]!["name"] = value;

        var problem = await (await (await _app.CreateClientAsync("finance-officer", "Gemeente Testdorp")).PostAsync("/v1/scenarios", Http.Json(body.ToJsonString()))).ShouldBeProblem(400);

        problem["errors"]![field].Should().NotBeNull(problem.ToJsonString());
    }

    [Fact]
    public async Task A_keys_organisation_with_a_control_character_is_refused()
    {
        var problem = await (await _app.CreateAdminClient().PostAsync("/v1/keys", Http.Json("""{ "organisation": "Regio\u0000Eigen", "roles": ["reader"] }"""))).ShouldBeProblem(400);

        problem["errors"]!["/organisation"].Should().NotBeNull();
    }

    private static string Scenario(string organisation)
    {
        var body = JsonNode.Parse(Http.SmallScenario())!.AsObject();
        body["organisation"] = organisation;
        return body.ToJsonString();
    }
}
