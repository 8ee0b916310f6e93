using CrashSearch.Indexer.Queries;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>SortInput</c> input: one sort key.</summary>
internal sealed class SortInputType : InputObjectGraphType<SortField>
{
    public SortInputType()
    {
        Name = "SortInput";
        Description = "One sort key. Missing values sort last; the uuid breaks ties so that paging is stable.";
        Field<NonNullGraphType<CrashFieldEnumType>>("field").Description("A sortable field.");
        Field<BooleanGraphType>("descending").DefaultValue(false).Description("Largest (or latest) first.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SortField((string)value["field"]!, value.TryGetValue("descending", out var descending) && descending is true);
}
