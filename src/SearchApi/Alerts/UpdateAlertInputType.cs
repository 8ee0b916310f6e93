using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The GraphQL <c>UpdateAlertInput</c>: the fields given replace the alert's; null clears one.</summary>
internal sealed class UpdateAlertInputType : InputObjectGraphType
{
    public UpdateAlertInputType()
    {
        Name = "UpdateAlertInput";
        Description = "The parts of an alert to change: a field given replaces the alert's (null clears it), a field "
            + "left out keeps it. Changing the condition or window starts its evaluation afresh.";
        Field<IdGraphType>("savedSearchId").Description("The saved search it watches.");
        Field<AlertConditionEnumType>("condition").Description("When it fires.");
        AlertInputFields.AddSettings(this);
    }
}
