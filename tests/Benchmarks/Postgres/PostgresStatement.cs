namespace CrashSearch.Benchmarks.Postgres;

/// <summary>
/// One SQL statement of a query, its positional parameters ($1, $2, ...) and how to read its rows; Name is the
/// aggregation name its lines carry (as the GraphQL aliases), ChildName the inner one of nested terms.
/// </summary>
internal sealed record PostgresStatement(string Sql, IReadOnlyList<object> Parameters, PostgresRows Rows, string Name = "", string ChildName = "");
