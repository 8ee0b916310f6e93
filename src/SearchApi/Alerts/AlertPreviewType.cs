using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The GraphQL <c>AlertPreview</c>.</summary>
internal sealed class AlertPreviewType : ObjectGraphType<AlertPreview>
{
    public AlertPreviewType()
    {
        Name = "AlertPreview";
        Description = "How often an alert would have fired over the last 7 days, and on what. Nothing is sent. "
            + "NEW_MATCH is replayed on the crashes' date, as if each had been indexed when it happened.";
        Field<NonNullGraphType<InstantGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<InstantGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("fires").Description("How many messages it would have sent.")
            .Resolve(c => c.Source.Firings.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertPreviewFiringType>>>>("firings")
            .Description("Each time it would have fired, oldest first.").Resolve(c => c.Source.Firings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetBucketType>>>>("signatures")
            .Description("The top signatures of what it would have announced.").Resolve(c => c.Source.Signatures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("crashes")
            .Description("Up to ten crashes it would have announced (uuids), newest first.")
            .Resolve(c => c.Source.Crashes);
    }
}
