using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>One query of the mix in the three forms measured: the engine-neutral query, its SQL, and its GraphQL.</summary>
/// <param name="Name">Short name for the tables.</param>
/// <param name="Description">What it asks, for the report.</param>
/// <param name="Lucene">The query for Crash Search (in-process).</param>
/// <param name="Sql">The equivalent PostgreSQL statements, sent in one round trip.</param>
/// <param name="GraphQL">The equivalent GraphQL document for the API.</param>
internal sealed record MixQuery(string Name, string Description, CrashQuery Lucene, IReadOnlyList<PostgresStatement> Sql, string GraphQL);
