using static BudgetEngine.Api.Infrastructure.Security.Roles;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Every access rule of the API, one per kind of endpoint. Admin may do everything in addition to the roles named.
/// A centrumgemeente key's organisation is its CBS code, which the DU VO routes carry as {code}.
/// </summary>
public static class AccessRules
{
    /// <summary>The kind of stored resource whose owner the scenario rules look up for {id} and {otherId}; the scenarios feature registers its resolver under it.</summary>
    public const string ScenarioKind = "scenario";

    /// <summary>Reconcile a scenario without storing it: any key.</summary>
    public static AccessRule Reconcile { get; } = new("reconcile", [FinanceOfficer, Centrumgemeente, Reader], Ownership.None);

    /// <summary>List scenarios: finance officers and readers see their own organisation's.</summary>
    public static AccessRule ListScenarios { get; } = new("scenarios-list", [FinanceOfficer, Reader], Ownership.OwnListing);

    /// <summary>Read a stored scenario (its versions, reconciliation, comparison): own organisation only, others' are 404.</summary>
    public static AccessRule ReadScenario { get; } = new("scenario-read", [FinanceOfficer, Reader], Ownership.Stored(ScenarioKind, "id", "otherId"));

    /// <summary>Store a scenario: finance officers, for their own organisation only (403 naming /organisation otherwise).</summary>
    public static AccessRule CreateScenario { get; } = new("scenario-create", [FinanceOfficer], Ownership.None) { BodyOrganisation = true };

    /// <summary>Change or delete a stored scenario: finance officers of its organisation, and the body stays theirs.</summary>
    public static AccessRule WriteScenario { get; } = new("scenario-write", [FinanceOfficer], Ownership.Stored(ScenarioKind, "id")) { BodyOrganisation = true };

    /// <summary>Keys and the audit trail: admin only.</summary>
    public static AccessRule Administer { get; } = new("admin", [], Ownership.None);

    /// <summary>PUT /v1/duvo/{year}/distribution: admin only.</summary>
    public static AccessRule WriteDuVoDistribution { get; } = new("duvo-distribution-write", [], Ownership.None);

    /// <summary>GET /v1/duvo/{year}/distribution: any key.</summary>
    public static AccessRule ReadDuVoDistribution { get; } = new("duvo-distribution-read", [FinanceOfficer, Centrumgemeente, Reader], Ownership.None);

    /// <summary>PUT /v1/centrumgemeenten/{code}/duvo/{year}/plan: the centrumgemeente whose CBS code is {code}.</summary>
    public static AccessRule WriteDuVoPlan { get; } = new("duvo-plan-write", [Centrumgemeente], Ownership.RouteOrganisation("code", "centrumgemeente"));

    /// <summary>
    /// GET /v1/centrumgemeenten/{code}/duvo/{year}/plan, .../breakdown and /v1/centrumgemeenten/{code}/duvo: that
    /// centrumgemeente and the readers of its organisation.
    /// </summary>
    public static AccessRule ReadDuVoPlan { get; } = new("duvo-plan-read", [Centrumgemeente, Reader], Ownership.RouteOrganisation("code", "centrumgemeente"));

    /// <summary>GET /v1/centrumgemeenten: admin sees all, every other key its own.</summary>
    public static AccessRule ListCentrumgemeenten { get; } = new("centrumgemeenten-list", [FinanceOfficer, Centrumgemeente, Reader], Ownership.OwnListing);

    /// <summary>GET /v1/municipalities: any key (PUT is <see cref="Administer"/>).</summary>
    public static AccessRule ReadMunicipalities { get; } = new("municipalities-read", [FinanceOfficer, Centrumgemeente, Reader], Ownership.None);

    /// <summary>Every rule; each becomes an authorization policy.</summary>
    public static IReadOnlyList<AccessRule> All { get; } =
    [
        Reconcile, ListScenarios, ReadScenario, CreateScenario, WriteScenario, Administer,
        WriteDuVoDistribution, ReadDuVoDistribution, WriteDuVoPlan, ReadDuVoPlan, ListCentrumgemeenten, ReadMunicipalities,
    ];
}
