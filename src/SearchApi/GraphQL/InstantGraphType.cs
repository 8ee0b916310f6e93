using System.Globalization;
using CrashSearch.Indexer.Queries.Building;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// The <c>DateTime</c> scalar: an instant written in ISO 8601, always in UTC on output. Input follows the query-semantics
/// rules shared with SuperSearch: <c>YYYY-MM-DD</c> is midnight UTC and a time without offset is UTC.
/// </summary>
internal sealed class InstantGraphType : ScalarGraphType
{
    public InstantGraphType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601, e.g. 2026-11-20T14:03:11Z (output is always UTC). Input also accepts "
            + "YYYY-MM-DD (midnight UTC) and times without an offset (taken as UTC).";
    }

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Parse(text.Value.ToString()),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, "a DateTime is written as a string such as \"2026-11-20\" or \"2026-11-20T14:03:11Z\""),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => FieldValueParser.TryParseDate(text.Value.ToString(), out _),
        GraphQLNullValue => true,
        _ => false,
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseValue(object? value) => value switch
    {
        null or DateTimeOffset => true,
        string text => FieldValueParser.TryParseDate(text, out _),
        _ => false,
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => Format(instant),
        _ => ThrowSerializationError(value),
    };

    static DateTimeOffset Parse(string text) =>
        FieldValueParser.TryParseDate(text, out var instant)
            ? instant
            : throw new FormatException($"'{text}' is not a DateTime: use YYYY-MM-DD or ISO 8601 such as 2026-11-20T14:03:11Z.");
}
