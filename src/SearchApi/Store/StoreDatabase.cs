using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CrashSearch.SearchApi.Store;

/// <summary>
/// The application store's database: a SQLite file (the embedded default) or PostgreSQL. Features open a
/// connection here and run their own SQL through Dapper; the SQL they use is valid on both.
/// </summary>
internal sealed class StoreDatabase
{
    StoreDatabase(StoreProvider provider, string connectionString, string description)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
    }

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Where the store is, for readiness and messages: never the password.</summary>
    public string Description { get; }

    public static StoreDatabase From(StoreOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var postgres = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return new StoreDatabase(StoreProvider.Postgres, postgres.ConnectionString,
                $"postgresql://{postgres.Host}:{postgres.Port}/{postgres.Database}");
        }
        var path = Path.GetFullPath(options.SqlitePath
            ?? throw new InvalidOperationException("The store has neither a connection string nor a SQLite file."));
        // Writers wait for each other (the API and a `keys` command may share the file) instead of failing at once.
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true };
        return new StoreDatabase(StoreProvider.Sqlite, sqlite.ConnectionString, path);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == StoreProvider.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Whether the store answers a query over its schema (readiness); the reason when it does not.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schemaversions";
            await command.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (DbException e)
        {
            return e.Message;
        }
    }
}
