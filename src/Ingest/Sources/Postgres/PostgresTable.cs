namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>A table or view that holds processed crashes, as found in the catalogue.</summary>
/// <param name="Name">The name as PostgreSQL prints a regclass: quoted where needed, schema-qualified when not on the search path.</param>
/// <param name="UuidType">The type of the uuid column (uuid, text, ...), to cast keyset parameters to.</param>
/// <param name="BodyIsBytes">Whether the processed crash column is bytea (read as is) rather than json, jsonb or text.</param>
internal sealed record PostgresTable(string Name, string UuidType, bool BodyIsBytes);
