namespace CrashSearch.Indexer.Fields;

/// <summary>
/// Socorro's query type of a field (<c>query_type</c> in <c>/api/SuperSearchFields</c>): the operators Socorro
/// offers on it (<see cref="QueryTypeOperators"/>). Our own operators follow <see cref="FieldType"/> and accept at
/// least these.
/// </summary>
public enum QueryType
{
    /// <summary>A value from a set: match and <c>__null__</c>.</summary>
    Enum,

    /// <summary>A string: match, the string operators and <c>__null__</c>.</summary>
    String,

    /// <summary>A whole number: match, ranges and <c>__null__</c>.</summary>
    Integer,

    /// <summary>A number, whole or not: match, ranges and <c>__null__</c>.</summary>
    Number,

    /// <summary>A fractional number: match, ranges and <c>__null__</c>.</summary>
    Float,

    /// <summary>A date: ranges.</summary>
    Date,

    /// <summary>A boolean: <c>__true__</c>, match and <c>__null__</c>.</summary>
    Bool,

    /// <summary>Whether a value is there: <c>__null__</c>.</summary>
    Flag,
}
