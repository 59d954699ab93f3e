using BudgetEngine.Api.Infrastructure.Audit;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Makes sure an admin can get in. With BUDGETENGINE_ADMIN_KEY set, that key is accepted as given (its hash stored once,
/// organisation "national", role admin). Otherwise, when no key exists yet (the first start of an empty database), an
/// admin key is generated and printed once to standard output; only its hash is stored.
/// </summary>
public sealed class AdminKeyBootstrap(ApiKeyStore keys, IConfiguration configuration, AdminKeyConsole console, ILogger<AdminKeyBootstrap> logger)
{
    /// <summary>The environment variable (or configuration key) that gives the admin key.</summary>
    public const string Variable = "BUDGETENGINE_ADMIN_KEY";

    /// <summary>The name the bootstrap key is stored under.</summary>
    public const string KeyName = "bootstrap admin";

    public async Task EnsureAdminKeyAsync(CancellationToken ct)
    {
        var given = configuration[Variable]?.Trim();
        if (!string.IsNullOrEmpty(given))
        {
            if (given.Length > ApiKeyAuthenticationHandler.MaxKeyLength)
            {
                throw new InvalidOperationException($"{Variable} is longer than {ApiKeyAuthenticationHandler.MaxKeyLength} characters; give a shorter key.");
            }
            var existing = await keys.FindByKeyAsync(given, ct);
            if (existing is null)
            {
                var stored = await keys.CreateAsync(given, Organisations.National, [Roles.Admin], Variable, Actor.System, ct);
                logger.LogInformation("The admin key from {Variable} is stored (hashed) as {KeyId}", Variable, stored.Id);
            }
            else if (!existing.Active)
            {
                logger.LogWarning("The admin key from {Variable} ({KeyId}) was revoked; it does not open the API. Set another one.", Variable, existing.Id);
            }
            if (given.Length < 32)
            {
                logger.LogWarning("The admin key from {Variable} is shorter than 32 characters; use a random one (e.g. openssl rand -base64 32) outside development.", Variable);
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
