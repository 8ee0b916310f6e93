using CrashSearch.Indexer.Fields;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>FieldInfo</c> type: one catalogue field.</summary>
internal sealed class FieldInfoType : ObjectGraphType<FieldDefinition>
{
    public FieldInfoType()
    {
        Name = "FieldInfo";
        Description = "A field of the catalogue (schema/fields.json).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The catalogue name, as used by SuperSearch.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<CrashFieldEnumType>>("field").Description("The CrashField value naming it in filters, sorts and facets.").Resolve(context => context.Source.Name);
        Field<StringGraphType>("crashField").Description("The field of the Crash type holding its values; null when not returnable.")
            .Resolve(context => context.Source.Returnable ? CrashFieldNames.Of(context.Source.Name) : null);
        Field<NonNullGraphType<FieldTypeEnumType>>("type").Description("The value type.").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<BooleanGraphType>>("multiValued").Description("Whether a crash can have several values.").Resolve(context => context.Source.MultiValued);
        Field<NonNullGraphType<BooleanGraphType>>("facetable").Description("Whether it can be faceted and counted.").Resolve(context => context.Source.Facetable);
        Field<NonNullGraphType<BooleanGraphType>>("sortable").Description("Whether results can be sorted on it.").Resolve(context => context.Source.Sortable);
        Field<NonNullGraphType<BooleanGraphType>>("returnable").Description("Whether the Crash type returns it.").Resolve(context => context.Source.Returnable);
        Field<NonNullGraphType<BooleanGraphType>>("protected").Description("Personal data, visible only with the read-protected permission.").Resolve(context => context.Source.Protected);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the field means.").Resolve(context => context.Source.Description);
    }
}
