using System.Text.RegularExpressions;
using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>
/// Every /v1 endpoint x every role (and no key) x the caller's own and another organisation. The cases come from the
/// application's endpoint list, so a new endpoint is in the matrix the moment it is mapped; what each case must answer
/// is derived from the access rule the endpoint declares, and for the routes that exist today also written out below,
/// so that a rule cannot be loosened by accident.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture matrix) : IClassFixture<MatrixFixture>
{
    public const string Anonymous = "(no key)";
    public const string Own = "own";
    public const string Other = "other";

    /// <summary>
    /// What each existing route answers, per role, for the caller's own / another organisation's resource.
    /// Without a key every route answers 401.
    /// </summary>
    private static readonly Dictionary<string, string> Written = new()
    {
        //                           finance-officer  centrumgemeente  reader    admin
        ["Reconcile"]            = "200/200          200/200          200/200   200/200",
        ["CreateScenario"]       = "201/403          403/403          403/403   201/201",
        ["ListScenarios"]        = "200/200          403/403          200/200   200/200",
        ["GetScenario"]          = "200/404          403/403          200/404   200/200",
        ["UpdateScenario"]       = "200/404          403/403          403/403   200/200",
        ["DeleteScenario"]       = "204/404          403/403          403/403   204/204",
        ["ListScenarioVersions"] = "200/404          403/403          200/404   200/200",
        ["GetScenarioVersion"]   = "200/404          403/403          200/404   200/200",
        ["ReconcileScenario"]    = "200/404          403/403          200/404   200/200",
        ["CompareScenarios"]     = "200/404          403/403          200/404   200/200",
        ["CreateKey"]            = "403/403          403/403          403/403   201/201",
        ["ListKeys"]             = "403/403          403/403          403/403   200/200",
        ["GetKey"]               = "403/403          403/403          403/403   200/200",
        ["RevokeKey"]            = "403/403          403/403          403/403   204/204",
        ["ListAudit"]            = "403/403          403/403          403/403   200/200",
        ["GetMunicipalities"]    = "200/200          200/200          200/200   200/200",
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in V1Endpoints.All)
        {
            data.Add(endpoint.Display, Anonymous, Own);
            foreach (var role in Roles.All)
            {
                data.Add(endpoint.Display, role, Own);
                data.Add(endpoint.Display, role, Other);
            }
        }
        return data;
    }

    [Fact]
    public void Every_v1_endpoint_declares_who_may_call_it()
    {
        var undeclared = V1Endpoints.All.Where(e => e.Rule is null).Select(e => e.Display).ToArray();

        undeclared.Should().BeEmpty("every /v1 endpoint needs .RequireAccess(AccessRules.X); these have none");
    }

    [Fact]
    public void The_written_expectations_name_only_routes_that_exist()
    {
        var names = V1Endpoints.All.Select(e => e.Key).ToHashSet();

        Written.Keys.Where(k => !names.Contains(k)).Should().BeEmpty();
        Written.Values.Should().AllSatisfy(row => Regex.Split(row.Trim(), @"\s+").Should().HaveCount(Roles.All.Count));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_what_its_rule_allows(string endpoint, string role, string whose)
    {
        var declared = V1Endpoints.All.Single(e => e.Display == endpoint);
        declared.Rule.Should().NotBeNull($"{endpoint} must declare its access rule");
        var expected = Derived(declared, role, whose);
        if (Written.TryGetValue(declared.Key, out var row) && role != Anonymous)
        {
            var written = Regex.Split(row.Trim(), @"\s+")[Roles.All.ToList().IndexOf(role)].Split('/')[whose == Own ? 0 : 1];
            expected.Should().Be(int.Parse(written), $"the rule {declared.Rule!.Name} must give what is written for {declared.Key}");
        }

        using var request = await matrix.Request(declared, role, whose);
        using var response = await matrix.Client(role).SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        if (expected == PassesAuthorization)
        {
            ((int)response.StatusCode).Should().NotBe(401, body).And.NotBe(403, body);
            return;
        }
        ((int)response.StatusCode).Should().Be(expected, $"{role} on {whose} organisation's {endpoint}: {body}");
        if (expected >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        }
    }

    /// <summary>An endpoint whose success status the matrix does not know: it must at least get past authorization.</summary>
    private const int PassesAuthorization = -1;

    private static int Derived(V1Endpoint endpoint, string role, string whose)
    {
        var rule = endpoint.Rule!;
        if (role == Anonymous) return 401;
        if (role != Roles.Admin && !rule.Roles.Contains(role)) return 403;
        if (role != Roles.Admin && whose == Other)
        {
            if (rule.Ownership.HidesOtherOrganisations) return 404;
            if (rule.BodyOrganisation) return 403;
        }
        return Success.GetValueOrDefault(endpoint.Key, PassesAuthorization);
    }

    private static readonly Dictionary<string, int> Success = new()
    {
        ["Reconcile"] = 200, ["CreateScenario"] = 201, ["ListScenarios"] = 200, ["GetScenario"] = 200, ["UpdateScenario"] = 200,
        ["DeleteScenario"] = 204, ["ListScenarioVersions"] = 200, ["GetScenarioVersion"] = 200, ["ReconcileScenario"] = 200,
        ["CompareScenarios"] = 200, ["ImportScenario"] = 201, ["ExportScenario"] = 200, ["ReconciliationChart"] = 200, ["CreateKey"] = 201, ["ListKeys"] = 200, ["GetKey"] = 200, ["RevokeKey"] = 204, ["ListAudit"] = 200,
        ["GetMunicipalities"] = 200,
    };
}

/// <summary>One application for the whole matrix, with a key per role; each case makes its own resources.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly BudgetEngineApplication _app = new();
    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>The organisation of each role's key, and the other organisation whose resources it must not see.</summary>
    public static (string Own, string Other) OrganisationsOf(string role) => role switch
    {
        Roles.Centrumgemeente => ("GM0001", "GM0002"),
        Roles.Admin => (Organisations.National, "Regio Ander"),
        _ => ("Regio Eigen", "Regio Ander"),
    };

    public async Task InitializeAsync()
    {
        _clients[AuthorizationMatrixTests.Anonymous] = _app.CreateAnonymousClient();
        foreach (var role in Roles.All)
        {
            _clients[role] = role == Roles.Admin ? _app.CreateAdminClient() : await _app.CreateClientAsync(role, OrganisationsOf(role).Own);
        }
    }

    public HttpClient Client(string role) => _clients[role];

    /// <summary>A valid request to <paramref name="endpoint"/> on the own or other organisation's (fresh) resources.</summary>
    public async Task<HttpRequestMessage> Request(V1Endpoint endpoint, string role, string whose)
    {
        var organisations = OrganisationsOf(role == AuthorizationMatrixTests.Anonymous ? Roles.FinanceOfficer : role);
        var organisation = whose == AuthorizationMatrixTests.Own ? organisations.Own : organisations.Other;
        var keys = endpoint.Pattern.StartsWith("/v1/keys", StringComparison.Ordinal);
        var values = new Dictionary<string, string>();
        foreach (Match parameter in Regex.Matches(endpoint.Pattern, @"\{(?<name>[A-Za-z]+)(:[^}]*)?\}"))
        {
            var name = parameter.Groups["name"].Value;
            values[parameter.Value] = name switch
            {
                "id" when keys => (await _app.CreateKeyAsync(organisation, Roles.Reader)).KeyId,
                "id" or "otherId" => await NewScenario(organisation),
                "version" => "1",
                "year" => "2024",
                "code" => organisation,
                _ => "x",
            };
        }
        var path = values.Aggregate(endpoint.Pattern, (p, v) => p.Replace(v.Key, Uri.EscapeDataString(v.Value)));
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Pattern is "/v1/scenarios/import" or "/v1/scenarios/{id}/import")
        {
            // A budget table as Dutch Excel saves it; the scenario's organisation comes with it as a query parameter.
            request.RequestUri = new Uri($"{path}?organisation={Uri.EscapeDataString(organisation)}&name=Matrix", UriKind.Relative);
            request.Content = new StringContent("Begroting;2024;Dekking\r\nProjectleider;1.000;GHNT\r\n", System.Text.Encoding.UTF8, "text/csv");
            if (endpoint.Method == "PUT") request.Headers.TryAddWithoutValidation("If-Match", "*");
            return request;
        }
        if (endpoint.Method is "POST" or "PUT")
        {
            request.Content = Http.Json(endpoint.Pattern switch
            {
                _ when keys => $$"""{"organisation": "{{organisation}}", "roles": ["reader"]}""",
                _ when endpoint.Pattern.StartsWith("/v1/scenarios", StringComparison.Ordinal) || endpoint.Pattern.StartsWith("/v1/reconciliations", StringComparison.Ordinal)
                    => Http.SmallScenario(organisation: organisation),
                _ => "{}",
            });
        }
        if (endpoint.Method is "PUT" or "DELETE")
        {
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }
        return request;
    }

    private async Task<string> NewScenario(string organisation)
    {
        using var owner = await _app.CreateClientAsync(Roles.FinanceOfficer, organisation);
        using var response = await owner.Create(Http.SmallScenario(organisation: organisation));
        return (await response.ReadJson())["id"]!.GetValue<string>();
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }
}
