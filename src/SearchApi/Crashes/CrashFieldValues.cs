using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>Reads a catalogue field's values from a hit, typed for its GraphQL field.</summary>
internal static class CrashFieldValues
{
    public static object? Resolve(IResolveFieldContext<CrashHit> context, FieldDefinition field)
    {
        if (field.Protected && !GraphQLUserContext.PermissionsOf(context).CanReadProtected)
            throw CrashErrors.ProtectedField($"field '{field.Name}' requires the read-protected permission; it is null for this caller.");
        if (field.Name == "uuid")
            return context.Source.Uuid;
        if (!context.Source.Fields.TryGetValue(field.Name, out var values) || values.Count == 0)
            return null;
        return field.MultiValued ? values.Select(value => Typed(field, value)).ToList() : Typed(field, values[0]);
    }

    // Documents hold integers as long; the GraphQL Int of an integer field is 32-bit, which the catalogue guarantees it fits.
    static object Typed(FieldDefinition field, object value) =>
        field.Type == FieldType.Integer && value is long integer ? checked((int)integer) : value;
}
