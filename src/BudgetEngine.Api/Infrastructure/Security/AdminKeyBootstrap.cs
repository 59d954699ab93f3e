using BudgetEngine.Api.Infrastructure.Audit;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Makes sure an admin can get in. With BUDGETENGINE_ADMIN_KEY set, that key is accepted as given (its hash stored once,
/// organisation "national", role admin) when it has at least <see cref="MinimumLength"/> characters; a shorter one stops
/// the start. When it is new and other admin keys are active, a warning names them and how to revoke them. Otherwise, when no key exists yet (the first start of an empty database), an
/// admin key is generated and printed once to standard output; only its hash is stored.
/// </summary>
public sealed class AdminKeyBootstrap(ApiKeyStore keys, IConfiguration configuration, AdminKeyConsole console, ILogger<AdminKeyBootstrap> logger)
{
    /// <summary>The environment variable (or configuration key) that gives the admin key.</summary>
    public const string Variable = "BUDGETENGINE_ADMIN_KEY";

    /// <summary>The name the bootstrap key is stored under.</summary>
    public const string KeyName = "bootstrap admin";

    /// <summary>The fewest characters an admin key given in <see cref="Variable"/> may have.</summary>
    public const int MinimumLength = 32;

    public async Task EnsureAdminKeyAsync(CancellationToken ct)
    {
        var given = configuration[Variable]?.Trim();
        if (!string.IsNullOrEmpty(given))
        {
            if (given.Length > ApiKeyAuthenticationHandler.MaxKeyLength)
            {
                throw new StartRefusedException($"{Variable} is longer than {ApiKeyAuthenticationHandler.MaxKeyLength} characters; give a shorter key.");
            }
            if (given.Length < MinimumLength)
            {
                throw new StartRefusedException(
                    $"{Variable} is {given.Length} characters; an admin key needs at least {MinimumLength}. Use a random one, e.g. {Variable}=$(openssl rand -base64 32), "
                    + "or unset it to have a key generated and shown once.");
            }
            var existing = await keys.FindByKeyAsync(given, ct);
            if (existing is null)
            {
                var others = await keys.ActiveAdminKeysAsync(ct);
                var stored = await keys.CreateAsync(given, Organisations.National, [Roles.Admin], Variable, Actor.System, ct);
                logger.LogInformation("The admin key from {Variable} is stored (hashed) as {KeyId}", Variable, stored.Id);
                if (others.Count > 0)
                {
                    logger.LogWarning(
                        "{Variable} gives a new admin key ({KeyId}); {Count} other admin key(s) still open the API: {KeyIds}. If the old key is no longer "
                        + "wanted, revoke it with DELETE /v1/keys/{FirstId} (e.g. curl -X DELETE -H 'Authorization: Bearer <the new key>' http://localhost:5000/v1/keys/{FirstId}).",
                        Variable, stored.Id, others.Count, string.Join(", ", others.Select(k => k.Id)), others[0].Id, others[0].Id);
                }
            }
            else if (!existing.Active)
            {
                logger.LogWarning("The admin key from {Variable} ({KeyId}) was revoked; it does not open the API. Set another one.", Variable, existing.Id);
            }
            return;
        }
        if (await keys.CountAllAsync(ct) > 0)
        {
            return;
        }
        var key = ApiKeySecrets.Generate();
        var created = await keys.CreateAsync(key, Organisations.National, [Roles.Admin], KeyName, Actor.System, ct);
        console.ShowOnce(key, created.Id);
    }
}

/// <summary>
/// Where the generated admin key is shown, once: standard output, deliberately not the logging pipeline (logs are
/// collected and kept; keys never appear in them).
/// </summary>
public sealed class AdminKeyConsole(TextWriter output)
{
    /// <summary>Shows the key, how to use it and how to choose one.</summary>
    public void ShowOnce(string key, string keyId)
    {
        output.WriteLine($"Admin API key (shown once): {key}");
        output.WriteLine($"  It is stored only as a hash (key id {keyId}). Use it as: curl -H \"Authorization: Bearer {key}\" http://localhost:5000/v1/scenarios");
        output.WriteLine($"  To choose the admin key yourself, set {AdminKeyBootstrap.Variable} before starting the API.");
        output.Flush();
    }
}
