using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The <c>AlertCondition</c> enum: NEW_MATCH, THRESHOLD, SPIKE.</summary>
internal sealed class AlertConditionEnumType : EnumerationGraphType<AlertCondition>
{
    public AlertConditionEnumType()
    {
        Name = "AlertCondition";
        Description = "NEW_MATCH: each crash indexed after the alert was created that matches, announced once. "
            + "THRESHOLD: more than threshold matches within window, once per crossing. SPIKE: a signature among the "
            + "matches far above its own baseline (docs/alerts.md).";
    }
}
