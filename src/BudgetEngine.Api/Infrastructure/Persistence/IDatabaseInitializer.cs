namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>Opens the database at start, checks it and applies every pending schema migration.</summary>
public interface IDatabaseInitializer
{
    /// <summary>Whether this start created the database's schema (only then are samples loaded).</summary>
    bool CreatedNow { get; }

    /// <summary>
    /// Checks and migrates the database; <see cref="StartRefusedException"/> when the API must not start. Answers the start
    /// lock: until it is disposed, no other instance starting on the same database gets past this point, so that the
    /// caller's own first writes (the admin key, the samples) are made once.
    /// </summary>
    Task<IAsyncDisposable> InitializeAsync(CancellationToken cancellationToken);
}
