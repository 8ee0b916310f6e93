using GraphQL.Types;
using CatalogueFieldType = CrashSearch.Indexer.Fields.FieldType;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>FieldType</c> enum: value types of catalogue fields.</summary>
internal sealed class FieldTypeEnumType : EnumerationGraphType<CatalogueFieldType>
{
    public FieldTypeEnumType()
    {
        Name = "FieldType";
        Description = "The value type of a field: KEYWORD (whole string), TEXT (analysed words with an exact twin), "
            + "INTEGER, LONG, DOUBLE, DATE, BOOLEAN.";
    }
}
