using GraphQL.Types;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The <c>Correlation</c> type: one attribute value's share in the group against the reference.</summary>
internal sealed class CorrelationType : ObjectGraphType<Correlation>
{
    public CorrelationType()
    {
        Name = "Correlation";
        Description = "An attribute value whose share differs between the searched crashes and the reference set.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field (catalogue name).")
            .Resolve(context => context.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value, as text.")
            .Resolve(context => context.Source.Value);
        Field<NonNullGraphType<LongGraphType>>("groupCount").Description("Searched crashes with the value.")
            .Resolve(context => context.Source.GroupCount);
        Field<NonNullGraphType<FloatGraphType>>("groupPercent")
            .Description("Percent of the searched crashes with the value.")
            .Resolve(context => context.Source.GroupPercent);
        Field<NonNullGraphType<LongGraphType>>("referenceCount").Description("Reference crashes with the value.")
            .Resolve(context => context.Source.ReferenceCount);
        Field<NonNullGraphType<FloatGraphType>>("referencePercent")
            .Description("Percent of the reference crashes with the value.")
            .Resolve(context => context.Source.ReferencePercent);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Two-proportion z statistic: positive when the value is over-represented in the searched "
                + "crashes, negative when under-represented; results are ordered by its absolute value.")
            .Resolve(context => context.Source.Score);
    }
}
