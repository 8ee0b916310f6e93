using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Brings a value to the canonical type of its field (string, long, double, bool, UTC DateTimeOffset), accepting
/// the obvious widenings (int for long, long for double); null when the value does not fit the field.
/// Both engines type crash values with it (<see cref="CrashChecks"/>), and the query checks type predicate
/// values with it.
/// </summary>
internal static class FieldValues
{
    public static object? Normalize(FieldDefinition field, object? value) => field.Type switch
    {
        FieldType.Keyword or FieldType.Text => value as string,
        FieldType.Integer => AsLong(value) is { } number && number is >= int.MinValue and <= int.MaxValue
            ? number
            : null,
        FieldType.Long => AsLong(value),
        FieldType.Double => AsDouble(value) is { } number && double.IsFinite(number) ? number : null,
        FieldType.Boolean => value is bool flag ? flag : null,
        FieldType.Date => value switch
        {
            DateTimeOffset date => date.ToUniversalTime(),
            DateTime { Kind: DateTimeKind.Utc } date => new DateTimeOffset(date),
            _ => null,
        },
        _ => null,
    };

    /// <summary>What <see cref="Normalize"/> expects for a field, for error messages.</summary>
    public static string Expected(FieldDefinition field) => field.Type switch
    {
        FieldType.Keyword or FieldType.Text => "a string",
        FieldType.Integer => "a 32-bit integer",
        FieldType.Long => "an integer",
        FieldType.Double => "a finite number",
        FieldType.Boolean => "true or false",
        FieldType.Date => "a date",
        _ => field.Type.ToString(),
    };

    static long? AsLong(object? value) => value switch
    {
        long number => number,
        int number => number,
        short number => number,
        byte number => number,
        double number when Math.Floor(number) == number && number is >= long.MinValue and < long.MaxValue =>
            (long)number,
        _ => null,
    };

    static double? AsDouble(object? value) => value switch
    {
        double number => number,
        float number => number,
        long number => number,
        int number => number,
        _ => null,
    };
}
