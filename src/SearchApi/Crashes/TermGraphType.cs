using System.Globalization;
using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The <c>Term</c> scalar: a facet term or bucket key in its field's own JSON type (string, number, boolean), or an
/// ISO 8601 string for date buckets.
/// </summary>
internal sealed class TermGraphType : ScalarGraphType
{
    public TermGraphType()
    {
        Name = "Term";
        Description = "A facet term or bucket key as its field's JSON type: a string, a number or a boolean; "
            + "date buckets are ISO 8601 instants (2026-11-20T00:00:00Z).";
    }

    public override object? Serialize(object? value) => value switch
    {
        null or string or bool or long or int or double => value,
        DateTimeOffset instant => InstantGraphType.Format(instant),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null or string or bool or long or int or double => value,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => text.Value.ToString(),
        GraphQLBooleanValue flag => flag.BoolValue,
        GraphQLIntValue integer => long.Parse(integer.Value.Span, CultureInfo.InvariantCulture),
        GraphQLFloatValue number => double.Parse(number.Value.Span, CultureInfo.InvariantCulture),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };
}
