using CrashSearch.SearchApi.Crashes;
using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The GraphQL <c>SavedFieldFilter</c>: a stored <c>FieldFilter</c> input, read back.</summary>
internal sealed class SavedFieldFilterType : ObjectGraphType<FieldFilter>
{
    public SavedFieldFilterType()
    {
        Name = "SavedFieldFilter";
        Description = "A filter of a saved search, as it was given (a FieldFilter input).";
        Field<NonNullGraphType<CrashFieldEnumType>>("field").Description("The field tested.")
            .Resolve(c => c.Source.Field);
        Field<NonNullGraphType<FilterOperatorEnumType>>("op").Description("The comparison.")
            .Resolve(c => c.Source.Operator);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values")
            .Description("The values, ORed (with negate, each excluded).").Resolve(c => c.Source.Values);
        Field<NonNullGraphType<BooleanGraphType>>("negate").Description("Whether matching crashes are excluded.")
            .Resolve(c => c.Source.Negate);
        Field<IntGraphType>("withinTopFrames").Description("Stack-frame fields: only the top N frames are tested.")
            .Resolve(c => c.Source.WithinTopFrames);
    }
}
