using System.Text.Json.Nodes;

namespace BudgetEngine.Api.Tests.Infrastructure.Errors;

/// <summary>
/// One hostile request and what it must get: the status, and (where a field is to blame) the key in the problem's
/// "errors" that names it. Paths may use {own} for a scenario of the finance officer's organisation.
/// </summary>
public sealed record HostileCase(string Name, string Method, string Path, int Status, string? Field)
{
    /// <summary>The body as text; null sends none.</summary>
    public string? Body { get; init; }

    /// <summary>The body as raw bytes (for what is not even text); wins over <see cref="Body"/>.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>The Content-Type; null sends none.</summary>
    public string? ContentType { get; init; } = "application/json";

    /// <summary>Extra request headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Who sends it: "admin", "finance-officer" (of Regio Eigen) or "anonymous".</summary>
    public string As { get; init; } = "admin";

    public override string ToString() => Name;
}

/// <summary>Builds hostile bodies from a valid scenario of Regio Eigen.</summary>
public static class Hostile
{
    /// <summary>The organisation of the finance officer and of {own}.</summary>
    public const string Organisation = "Regio Eigen";

    /// <summary>A valid scenario, as text.</summary>
    public static string Valid => Http.SmallScenario(organisation: Organisation);

    /// <summary>The valid scenario with one change.</summary>
    public static string Scenario(Action<JsonObject> change)
    {
        var scenario = JsonNode.Parse(Valid)!.AsObject();
        change(scenario);
        return scenario.ToJsonString();
    }

    /// <summary>The valid scenario with its first line's 2019 amount replaced by raw JSON <paramref name="json"/>.</summary>
    public static string Amount(string json) => Valid.Replace("\"2019\": 20000", "\"2019\": " + json, StringComparison.Ordinal);

    /// <summary>A string of <paramref name="length"/> characters.</summary>
    public static string Long(int length) => new('x', length);
}
