using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Persistence;

/// <summary>Opens pooled connections to the one database file, foreign keys on and synchronous=FULL.</summary>
public sealed class SqliteConnectionFactory
{
    public SqliteConnectionFactory(IOptions<DatabaseOptions> options, IHostEnvironment environment)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        FilePath = path;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, options.Value.BusyTimeoutSeconds),
        }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>The connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>An open connection with the per-connection pragmas applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
