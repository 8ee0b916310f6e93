namespace CrashSearch.Indexer.Fields;

/// <summary>
/// The SuperSearch operator prefixes Socorro offers for each <see cref="QueryType"/> (docs/api.md says what each
/// means); <c>!</c> before any of them negates it. The empty prefix is a plain match.
/// </summary>
public static class QueryTypeOperators
{
    static readonly string[] Existence = ["__null__"];
    static readonly string[] Ranges = [">", ">=", "<", "<="];
    static readonly string[] Strings = ["", "=", "~", "^", "$", "@", .. Existence];
    static readonly string[] Numbers = ["", .. Ranges, .. Existence];
    static readonly string[] Sets = ["", .. Existence];
    static readonly string[] Booleans = ["", "__true__", .. Existence];

    /// <summary>The operator prefixes of <paramref name="type"/>, plain match (empty) first when it has one.</summary>
    public static IReadOnlyList<string> Of(QueryType type) => type switch
    {
        QueryType.String => Strings,
        QueryType.Integer or QueryType.Number or QueryType.Float => Numbers,
        QueryType.Date => Ranges,
        QueryType.Bool => Booleans,
        QueryType.Flag => Existence,
        _ => Sets,
    };

    /// <summary>
    /// Whether a field of <paramref name="type"/> can be declared with Socorro's <paramref name="query"/>.
    /// </summary>
    public static bool Fits(QueryType query, FieldType type) => query switch
    {
        QueryType.Enum => type is FieldType.Keyword or FieldType.Text or FieldType.Boolean,
        QueryType.String => type is FieldType.Keyword or FieldType.Text,
        QueryType.Integer => type is FieldType.Integer or FieldType.Long,
        QueryType.Number or QueryType.Float => type is FieldType.Integer or FieldType.Long or FieldType.Double,
        QueryType.Date => type == FieldType.Date,
        _ => type == FieldType.Boolean,
    };

    /// <summary>The query type Socorro gives a field of <paramref name="type"/> unless it says otherwise.</summary>
    public static QueryType Default(FieldType type) => type switch
    {
        FieldType.Keyword or FieldType.Text => QueryType.String,
        FieldType.Integer or FieldType.Long => QueryType.Integer,
        FieldType.Double => QueryType.Float,
        FieldType.Date => QueryType.Date,
        _ => QueryType.Bool,
    };
}
