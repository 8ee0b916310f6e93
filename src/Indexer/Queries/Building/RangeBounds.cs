using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>The intersection of the range values given for one field, to reject an empty one (<c>&gt;10</c> and <c>&lt;5</c>).</summary>
internal static class RangeBounds
{
    public static void EnsureNotEmpty(FieldDefinition field, IReadOnlyList<FieldPredicate> ranges, string? parameter = null)
    {
        (object Value, bool Inclusive)? lower = null, upper = null;
        foreach (var range in ranges)
        {
            var value = range.Value!;
            switch (range.Operator)
            {
                case PredicateOperator.GreaterThan or PredicateOperator.GreaterOrEqual:
                    var inclusiveLow = range.Operator == PredicateOperator.GreaterOrEqual;
                    if (lower is not { } low || Compare(value, low.Value) > 0 || (Compare(value, low.Value) == 0 && !inclusiveLow))
                        lower = (value, inclusiveLow);
                    break;
                default:
                    var inclusiveHigh = range.Operator == PredicateOperator.LessOrEqual;
                    if (upper is not { } high || Compare(value, high.Value) < 0 || (Compare(value, high.Value) == 0 && !inclusiveHigh))
                        upper = (value, inclusiveHigh);
                    break;
            }
        }
        var (min, max) = field.Type == FieldType.Integer ? (int.MinValue, int.MaxValue) : (long.MinValue, long.MaxValue);
        var beyondEnds = (lower is { Value: long lowest, Inclusive: false } && lowest >= max) || (upper is { Value: long highest, Inclusive: false } && highest <= min);
        if (beyondEnds || (lower is { } l && upper is { } u && IsEmpty(l, u)))
            throw QueryErrors.Invalid(parameter ?? field.Name,
                $"the ranges given for {field.Name} leave no possible value (empty range).");
    }

    static bool IsEmpty((object Value, bool Inclusive) lower, (object Value, bool Inclusive) upper)
    {
        if (lower.Value is long low && upper.Value is long high)
        {
            // Integers are discrete: ">5" and "<6" leave nothing.
            return (lower.Inclusive ? low : low + 1) > (upper.Inclusive ? high : high - 1);
        }
        var order = Compare(lower.Value, upper.Value);
        return order > 0 || (order == 0 && !(lower.Inclusive && upper.Inclusive));
    }

    public static int Compare(object a, object b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (double x, double y) => x.CompareTo(y),
        (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
        _ => throw new ArgumentException($"Range values of different types: {a.GetType().Name} and {b.GetType().Name}."),
    };
}
