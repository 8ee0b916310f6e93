using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The GraphQL <c>AlertPreviewFiring</c>.</summary>
internal sealed class AlertPreviewFiringType : ObjectGraphType<AlertPreviewFiring>
{
    public AlertPreviewFiringType()
    {
        Name = "AlertPreviewFiring";
        Description = "One time a previewed alert would have fired.";
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<LongGraphType>>("count")
            .Description("The crashes it would have been about (SPIKE: in the signatures that spiked).")
            .Resolve(c => c.Source.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("signatures")
            .Description("SPIKE: the signatures that spiked; empty for the other conditions.")
            .Resolve(c => c.Source.Signatures);
    }
}
