using CrashSearch.Indexer.Fields;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>CrashField</c> enum, one value per catalogue field (its name in upper case).</summary>
internal sealed class CrashFieldEnumType : EnumerationGraphType
{
    public CrashFieldEnumType(FieldCatalogue catalogue)
    {
        Name = "CrashField";
        Description = "A field of the catalogue (schema/fields.json); the query `fields` describes each.";
        foreach (var field in catalogue.Fields)
            Add(field.Name.ToUpperInvariant(), field.Name, field.Description);
    }
}
