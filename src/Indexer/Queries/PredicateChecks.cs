using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Queries;

/// <summary>
/// The checks every engine makes on a field predicate before translating it, with the same messages on each:
/// unknown and protected fields, top-frame limits, operators that do not fit the field, and values of the wrong type.
/// </summary>
internal static class PredicateChecks
{
    /// <summary>The predicate's field, checked for the caller and the top-frame limit.</summary>
    public static FieldDefinition Field(FieldCatalogue catalogue, FieldPredicate predicate, bool canReadProtected)
    {
        var field = catalogue.Find(predicate.Field)
            ?? throw new InvalidQueryException(predicate.Field, $"Unknown field '{predicate.Field}'.");
        if (field.Protected && !canReadProtected)
            throw new InvalidQueryException(field.Name,
                $"Field '{field.Name}' is protected; the caller may not search it.");
        if (predicate.MaxFrame is { } maxFrame)
        {
            if (field.FrameProperty is null)
            {
                throw new InvalidQueryException(field.Name,
                    $"Field '{field.Name}' is not a stack-frame field, so it cannot be limited to the top frames.");
            }
            if (maxFrame < 1)
                throw new InvalidQueryException(field.Name,
                    $"The number of top frames for '{field.Name}' must be at least 1.");
        }
        return field;
    }

    /// <summary>The error for an operator that does not apply to the field's type.</summary>
    public static InvalidQueryException NotApplicable(FieldDefinition field, PredicateOperator op) =>
        new(field.Name,
            $"Operator {op} does not apply to field '{field.Name}' of type "
            + $"{field.Type.ToString().ToLowerInvariant()}.");

    /// <summary>The predicate's value typed for its field.</summary>
    public static object Value(FieldDefinition field, FieldPredicate predicate) =>
        FieldValues.Normalize(field, predicate.Value)
        ?? throw new InvalidQueryException(field.Name,
            $"Field '{field.Name}' compares with {FieldValues.Expected(field)}, not '{predicate.Value ?? "nothing"}'.");
}
