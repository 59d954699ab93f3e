using System.Globalization;
using BudgetEngine.Api.Infrastructure.Versioning;
using System.Data.Common;
using Dapper;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Where one kind of versioned document is stored: a head table with a row per document (its key, its attributes,
/// created_at, current_version and, when it can be deleted, deleted_at) and a version table with an immutable row per
/// version (the key, version, body, etag, created_at and, when it can be deleted, deleted).
/// </summary>
/// <param name="Head">The head table.</param>
/// <param name="Versions">The version table.</param>
/// <param name="HeadKey">The head table's key columns.</param>
/// <param name="VersionKey">The same key's columns in the version table, in the same order.</param>
/// <param name="Attributes">The head's other columns a write may set (e.g. a name).</param>
/// <param name="Deletable">Whether a document can be deleted (a tombstone version).</param>
public sealed record VersionedTables(
    string Head, string Versions, IReadOnlyList<string> HeadKey, IReadOnlyList<string> VersionKey, IReadOnlyList<string> Attributes, bool Deletable);

/// <summary>One document: its key's values (in the order of the key columns) and its ETags up to the version number.</summary>
public sealed record DocumentKey(IReadOnlyList<object> Values, string ETagStem)
{
    /// <summary>The strong ETag of a version.</summary>
    public string ETagOf(int version) => EntityTag.Of(ETagStem, version);
}

/// <summary>A document at one version, as stored.</summary>
/// <param name="Version">The version number (1 at creation, +1 for every write).</param>
/// <param name="ETag">The strong ETag of this version.</param>
/// <param name="CreatedAt">When the document was first stored (version 1).</param>
/// <param name="UpdatedAt">When this version was stored.</param>
/// <param name="Deleted">Whether this version is the tombstone.</param>
/// <param name="Body">The stored body (empty in a list of versions).</param>
public sealed record StoredDocument(int Version, string ETag, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Deleted, string Body)
{
    /// <summary>The head's key and attribute columns by name, as the database gives them (text as string, integers as long or int).</summary>
    public IReadOnlyDictionary<string, object?> Columns { get; init; } = new Dictionary<string, object?>();

    /// <summary>A text column of the head.</summary>
    public string? Text(string column) => (string?)Columns[column];

    /// <summary>An integer column of the head.</summary>
    public int Integer(string column) => DatabaseValues.Integer(Columns[column]);
}

/// <summary>A document's head without its body: the current version, whether it is deleted and the head's columns.</summary>
public sealed record DocumentHead(int Version, bool Deleted, IReadOnlyDictionary<string, object?> Columns)
{
    /// <summary>A text column of the head.</summary>
    public string? Text(string column) => (string?)Columns[column];
}

/// <summary>What a conditional write did, and the document after it (or as found; null when nothing is stored).</summary>
public sealed record WriteOutcome(WriteStatus Status, StoredDocument? Document);

/// <summary>What a read found: the version, or why there is none to give.</summary>
public sealed record ReadOutcome(ReadStatus Status, StoredDocument? Document);

/// <summary>Records a write in its own transaction (the audit trail): given the version written and when.</summary>
public delegate Task WriteRecord(WriteTransaction write, int version, DateTimeOffset at);

/// <summary>
/// All SQL of one kind of versioned document. Every change is a new immutable version (the version tables refuse updates
/// and deletes); a write runs in one <see cref="WriteTransaction"/>, or inside the one it is given, only under the If-Match
/// rules (<see cref="Preconditions"/>), and appends its <see cref="WriteRecord"/> in that same transaction. The head is
/// changed by a conditional UPDATE (WHERE current_version is the version read) and created by an INSERT that yields to
/// an existing row, so of concurrent writers naming one version exactly one wins, in any process: on SQLite the write
/// lock already orders them, on PostgreSQL the row lock does and the loser's UPDATE finds no row.
/// </summary>
public sealed class VersionedDocuments
{
    private const string BodyPlaceholder = "{0}";

    private readonly VersionedTables _tables;
    private readonly IConnectionFactory _database;
    private readonly DatabaseRetry _retry;
    private readonly TimeProvider _clock;
    private readonly string _headColumns;
    private readonly string _latestSql;
    private readonly string _versionSql;
    private readonly string _headWhere;
    private readonly string _versionWhere;

    public VersionedDocuments(VersionedTables tables, IConnectionFactory database, DatabaseRetry retry, TimeProvider clock)
    {
        _tables = tables;
        _database = database;
        _retry = retry;
        _clock = clock;
        _headColumns = string.Join(", ", tables.HeadKey.Concat(tables.Attributes).Select(c => $"h.{c} AS {c}"));
        var deleted = tables.Deletable ? "v.deleted" : "0";
        var join = string.Join(" AND ", tables.HeadKey.Select((c, i) => $"v.{tables.VersionKey[i]} = h.{c}"));
        _latestSql = $"""
            SELECT {_headColumns}, h.current_version AS "Version", v.etag AS "ETag", h.created_at AS "CreatedAt", v.created_at AS "UpdatedAt",
                   {deleted} AS "Deleted", v.body AS "Body"
            FROM {tables.Head} h JOIN {tables.Versions} v ON {join} AND v.version = h.current_version
            """;
        _versionSql = $"""
            SELECT {_headColumns}, v.version AS "Version", v.etag AS "ETag", h.created_at AS "CreatedAt", v.created_at AS "UpdatedAt",
                   {deleted} AS "Deleted", {BodyPlaceholder} AS "Body"
            FROM {tables.Versions} v JOIN {tables.Head} h ON {join}
            """;
        _headWhere = string.Join(" AND ", tables.HeadKey.Select((c, i) => $"h.{c} = @k{i}"));
        _versionWhere = string.Join(" AND ", tables.VersionKey.Select((c, i) => $"v.{c} = @k{i}"));
    }

    /// <summary>The latest state of a document (deleted ones too), or null.</summary>
    public Task<StoredDocument?> LatestAsync(DocumentKey key, CancellationToken ct) =>
        Run(connection => Latest(connection, key, null), ct);

    /// <summary>One version with its body (deleted documents' too), or null.</summary>
    public Task<StoredDocument?> VersionAsync(DocumentKey key, int version, CancellationToken ct) =>
        Run(async connection =>
        {
            var args = Arguments(key);
            args.Add("version", version);
            var rows = await connection.QueryAsync(
                string.Format(CultureInfo.InvariantCulture, _versionSql, "v.body") + $" WHERE {_versionWhere} AND v.version = @version", args);
            return rows.Select(ToStored).SingleOrDefault();
        }, ct);

    /// <summary>
    /// The version <paramref name="version"/> names (deleted documents' too), or when null the latest of a document that is not
    /// deleted; else why there is none.
    /// </summary>
    public async Task<ReadOutcome> FindAsync(DocumentKey key, int? version, CancellationToken ct)
    {
        if (version is { } number)
        {
            var stored = await VersionAsync(key, number, ct);
            if (stored is not null) return new ReadOutcome(ReadStatus.Found, stored);
            return new ReadOutcome(await HeadAsync(key, ct) is null ? ReadStatus.NotFound : ReadStatus.NoSuchVersion, null);
        }
        var latest = await LatestAsync(key, ct);
        if (latest is null) return new ReadOutcome(ReadStatus.NotFound, null);
        return latest.Deleted ? new ReadOutcome(ReadStatus.Gone, null) : new ReadOutcome(ReadStatus.Found, latest);
    }

    /// <summary>Every version of a document, oldest first, without bodies; empty when nothing is stored under the key.</summary>
    public Task<IReadOnlyList<StoredDocument>> VersionsAsync(DocumentKey key, CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync(
                string.Format(CultureInfo.InvariantCulture, _versionSql, "''") + $" WHERE {_versionWhere} ORDER BY v.version", Arguments(key));
            return (IReadOnlyList<StoredDocument>)rows.Select(ToStored).ToArray();
        }, ct);

    /// <summary>A document's head without its body (deleted ones too), or null when nothing is stored under the key.</summary>
    public Task<DocumentHead?> HeadAsync(DocumentKey key, CancellationToken ct) =>
        Run(async connection =>
        {
            var deleted = _tables.Deletable ? "h.deleted_at IS NOT NULL" : "0";
            var rows = await connection.QueryAsync(
                $"""SELECT {_headColumns}, h.current_version AS "Version", {deleted} AS "Deleted" FROM {_tables.Head} h WHERE {_headWhere}""", Arguments(key));
            return rows.Select(row =>
            {
                var columns = (IDictionary<string, object?>)row;
                return new DocumentHead(DatabaseValues.Integer(columns["Version"]), DatabaseValues.Boolean(columns["Deleted"]), HeadColumns(columns));
            }).SingleOrDefault();
        }, ct);

    /// <summary>
    /// The latest state of the documents <paramref name="clauses"/> choose and order (SQL after FROM, the head table named h,
    /// e.g. <c>WHERE h.year = @year ORDER BY h.year</c>).
    /// </summary>
    public Task<IReadOnlyList<StoredDocument>> LatestWhereAsync(string clauses, object? args, CancellationToken ct) =>
        Run(async connection =>
        {
            var rows = await connection.QueryAsync($"{_latestSql} {clauses}", args);
            return (IReadOnlyList<StoredDocument>)rows.Select(ToStored).ToArray();
        }, ct);

    /// <summary>How many documents the clause chooses (SQL after FROM, the head table named h); all when empty.</summary>
    public Task<long> CountAsync(string clauses, object? args, CancellationToken ct) =>
        Run(connection => connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {_tables.Head} h {clauses}", args), ct);

    /// <summary>
    /// Writes <paramref name="body"/> as the document's next version when the If-Match rules allow it (version 1 when nothing is
    /// stored and no version is expected), setting the head's <paramref name="attributes"/>; in its own transaction, or inside
    /// <paramref name="within"/> when given (the caller commits it, together with whatever else it wrote, and retries it as a whole).
    /// </summary>
    public Task<WriteOutcome> PutAsync(
        DocumentKey key, int? expectedVersion, IReadOnlyDictionary<string, object?> attributes, string body, WriteRecord record,
        WriteTransaction? within, CancellationToken ct) =>
        Write(write => Put(write, key, expectedVersion, attributes, body, deleted: false, record, ct), within, ct);

    /// <summary>Writes the tombstone version (repeating the last body) when <paramref name="expectedVersion"/> is the current one.</summary>
    public Task<WriteOutcome> DeleteAsync(DocumentKey key, int expectedVersion, WriteRecord record, CancellationToken ct)
    {
        if (!_tables.Deletable) throw new InvalidOperationException($"The documents of {_tables.Head} cannot be deleted.");
        return Write(write => Put(write, key, expectedVersion, new Dictionary<string, object?>(), body: null, deleted: true, record, ct), null, ct);
    }

    private async Task<WriteOutcome> Put(
        WriteTransaction write, DocumentKey key, int? expectedVersion, IReadOnlyDictionary<string, object?> attributes, string? body, bool deleted,
        WriteRecord record, CancellationToken ct)
    {
        var (connection, transaction) = (write.Connection, write.Transaction);
        var current = await Latest(connection, key, transaction);
        var status = Preconditions.Decide(current?.Version, current?.Deleted ?? false, expectedVersion);
        if (status is not (WriteStatus.Created or WriteStatus.Replaced)) return new WriteOutcome(status, current);

        var at = _clock.GetUtcNow();
        var now = Timestamps.Format(at);
        var next = (current?.Version ?? 0) + 1;
        var args = Arguments(key);
        args.Add("now", now);
        args.Add("next", next);
        args.Add("deleted", deleted);
        foreach (var (column, value) in attributes)
        {
            if (!_tables.Attributes.Contains(column)) throw new ArgumentException($"{_tables.Head} has no attribute {column}.", nameof(attributes));
            args.Add($"a_{column}", value);
        }
        var keys = _tables.HeadKey.Select((c, i) => (Column: c, Parameter: $"@k{i}"));
        var set = attributes.Keys.Select(c => (Column: c, Parameter: $"@a_{c}")).ToArray();
        if (current is null)
        {
            var columns = keys.Concat(set).ToArray();
            var inserted = await connection.ExecuteAsync($"""
                INSERT INTO {_tables.Head} ({string.Join(", ", columns.Select(c => c.Column))}, created_at, current_version)
                VALUES ({string.Join(", ", columns.Select(c => c.Parameter))}, @now, 1)
                ON CONFLICT DO NOTHING
                """, args, transaction);
            if (inserted != 1)
            {
                // Another instance created the document since it was read (PostgreSQL waits for that transaction to commit
                // before it answers the conflict): decide again on what is stored now.
                return await Put(write, key, expectedVersion, attributes, body, deleted, record, ct);
            }
        }
        else
        {
            args.Add("currentVersion", current.Version);
            var assignments = set.Select(c => $"{c.Column} = {c.Parameter}")
                .Prepend("current_version = @next")
                .Concat(_tables.Deletable ? ["deleted_at = CASE WHEN @deleted THEN @now ELSE NULL END"] : []);
            var changed = await connection.ExecuteAsync($"""
                UPDATE {_tables.Head} SET {string.Join(", ", assignments)}
                WHERE {string.Join(" AND ", keys.Select(k => $"{k.Column} = {k.Parameter}"))} AND current_version = @currentVersion
                {(_tables.Deletable ? "AND deleted_at IS NULL" : "")}
                """, args, transaction);
            if (changed != 1) return new WriteOutcome(WriteStatus.Stale, current);
        }
        args.Add("body", body ?? current!.Body);
        args.Add("etag", key.ETagOf(next));
        var versionKeys = _tables.VersionKey.Select((c, i) => (Column: c, Parameter: $"@k{i}"));
        var deletedColumn = _tables.Deletable ? (", deleted", ", @deleted") : ("", "");
        await connection.ExecuteAsync($"""
            INSERT INTO {_tables.Versions} ({string.Join(", ", versionKeys.Select(c => c.Column))}, version, body, etag, created_at{deletedColumn.Item1})
            VALUES ({string.Join(", ", versionKeys.Select(c => c.Parameter))}, @next, @body, @etag, @now{deletedColumn.Item2})
            """, args, transaction);
        await record(write, next, at);
        return new WriteOutcome(status, await Latest(connection, key, transaction));
    }

    private async Task<WriteOutcome> Write(Func<WriteTransaction, Task<WriteOutcome>> work, WriteTransaction? within, CancellationToken ct)
    {
        if (within is not null) return await work(within);
        return await _retry.ExecuteAsync(async token =>
        {
            await using var write = await WriteTransaction.BeginAsync(_database, token);
            var outcome = await work(write);
            if (outcome.Status is WriteStatus.Created or WriteStatus.Replaced) await write.CommitAsync(token);
            return outcome;
        }, ct);
    }

    private async Task<StoredDocument?> Latest(DbConnection connection, DocumentKey key, DbTransaction? transaction)
    {
        var rows = await connection.QueryAsync($"{_latestSql} WHERE {_headWhere}", Arguments(key), transaction);
        return rows.Select(ToStored).SingleOrDefault();
    }

    private StoredDocument ToStored(dynamic row)
    {
        var columns = (IDictionary<string, object?>)row;
        return new StoredDocument(
            DatabaseValues.Integer(columns["Version"]), (string)columns["ETag"]!,
            Timestamps.Parse((string)columns["CreatedAt"]!), Timestamps.Parse((string)columns["UpdatedAt"]!),
            DatabaseValues.Boolean(columns["Deleted"]), (string)columns["Body"]!)
        {
            Columns = HeadColumns(columns),
        };
    }

    private Dictionary<string, object?> HeadColumns(IDictionary<string, object?> row) =>
        _tables.HeadKey.Concat(_tables.Attributes).ToDictionary(c => c, c => row[c]);

    private static DynamicParameters Arguments(DocumentKey key)
    {
        var args = new DynamicParameters();
        for (var i = 0; i < key.Values.Count; i++) args.Add($"k{i}", key.Values[i]);
        return args;
    }

    private Task<T> Run<T>(Func<DbConnection, Task<T>> work, CancellationToken ct) => _retry.WithConnectionAsync(_database, work, ct);
}
