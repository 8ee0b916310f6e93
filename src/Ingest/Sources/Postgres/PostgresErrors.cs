using System.Net.Sockets;
using Npgsql;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>Which PostgreSQL failures are worth retrying: the server going away or refusing for a while, not our mistakes.</summary>
internal static class PostgresErrors
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) // admin/crash shutdown, cannot connect now
            || postgres.SqlState.StartsWith("53", StringComparison.Ordinal), // insufficient resources (too many connections)
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is IOException or SocketException or TimeoutException,
        IOException or SocketException or TimeoutException => true,
        _ => false,
    };

    /// <summary>A permanent failure, in words that say what to fix.</summary>
    public static CrashSourceException Permanent(string source, Exception exception) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } e => new($"{source}: the server refused the login ({e.MessageText}); check the user and password.", e),
        PostgresException { SqlState: "3D000" } e => new($"{source}: {e.MessageText}; check the Database of the connection string.", e),
        PostgresException { SqlState: "42P01" or "42703" } e => new($"{source}: {e.MessageText}; check the table and column options and the DDL in schema/postgres.", e),
        PostgresException { SqlState: "42501" } e => new($"{source}: {e.MessageText}; the user needs SELECT on the crash tables.", e),
        PostgresException e => new($"{source}: {e.MessageText} (SQLSTATE {e.SqlState}).", e),
        _ => new($"{source}: {exception.Message}", exception),
    };
}
