namespace CrashSearch.Indexer.Queries.Building;

/// <summary>What <see cref="CrashQueryBuilder"/> made of a question.</summary>
/// <param name="Query">The query to run, with protected references removed unless the caller may read them.</param>
/// <param name="Withheld">One message per protected field left out, naming the field and where (never a value).</param>
public sealed record BuiltQuery(CrashQuery Query, IReadOnlyList<string> Withheld);
