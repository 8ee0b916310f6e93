namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>A processed crash row: its keyset position and its bytes (UTF-8 JSON).</summary>
internal sealed record PostgresRow(PostgresKey Key, byte[] Body);
