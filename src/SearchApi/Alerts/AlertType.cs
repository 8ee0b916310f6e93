using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The GraphQL <c>Alert</c>.</summary>
internal sealed class AlertType : ObjectGraphType<Alert>
{
    public AlertType()
    {
        Name = "Alert";
        Description = "An alert on a saved search, visible to its owner only.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("savedSearchId").Description("The saved search it watches.")
            .Resolve(c => c.Source.Rule.SavedSearchId);
        Field<NonNullGraphType<AlertConditionEnumType>>("condition").Resolve(c => c.Source.Rule.Condition);
        Field<IntGraphType>("threshold").Resolve(c => c.Source.Rule.Threshold);
        Field<StringGraphType>("window").Resolve(c => c.Source.Rule.Window);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients")
            .Resolve(c => c.Source.Rule.Recipients);
        Field<StringGraphType>("webhookUrl").Resolve(c => c.Source.Rule.WebhookUrl);
        Field<StringGraphType>("webhookSecret")
            .Description("The webhook's HMAC-SHA256 key: only in the answer that created it, null ever after.")
            .Resolve(c => c.Source.RevealedSecret);
        Field<StringGraphType>("minInterval").Resolve(c => c.Source.Rule.MinInterval);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<InstantGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        Field<StringGraphType>("pausedReason")
            .Description("Why it is not evaluated (its owner's key revoked, its saved search deleted); null: it runs. "
                + "Updating the alert resumes it.")
            .Resolve(c => c.Source.PausedReason);
        Field<InstantGraphType>("lastEvaluatedAt").Resolve(c => c.Source.State.LastEvaluatedAt);
        Field<InstantGraphType>("lastSentAt").Resolve(c => c.Source.State.LastSentAt);
        Field<StringGraphType>("lastError").Description("Why the last evaluation failed; it is retried.")
            .Resolve(c => c.Source.State.LastError);
    }
}
