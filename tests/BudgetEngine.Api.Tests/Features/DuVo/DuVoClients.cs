using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// The keys the DU VO routes ask for: admin stores a year's distribution (<see cref="Admin"/>), a centrumgemeente its own
/// plan and reads its own breakdown (<see cref="Of"/>, one key per CBS code), and any key reads a distribution.
/// </summary>
public sealed class DuVoClients(BudgetEngineApplication app)
{
    private readonly Dictionary<string, HttpClient> _centrumgemeenten = [];
    private HttpClient? _admin;

    /// <summary>The admin's client: only admin writes a year's distribution.</summary>
    public HttpClient Admin => _admin ??= app.CreateAdminClient();

    /// <summary>The client of the centrumgemeente whose CBS code is <paramref name="code"/>.</summary>
    public HttpClient Of(string code)
    {
        if (!_centrumgemeenten.TryGetValue(code, out var client))
        {
            client = app.CreateClient(Roles.Centrumgemeente, code);
            _centrumgemeenten[code] = client;
        }
        return client;
    }
}
