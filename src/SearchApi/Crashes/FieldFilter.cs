using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>One <c>FieldFilter</c> input: the values are ORed, or each excluded when <see cref="Negate"/> is set.</summary>
internal sealed record FieldFilter(string Field, PredicateOperator Operator, IReadOnlyList<string> Values, bool Negate, int? WithinTopFrames);
