using GraphQL.Types;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The GraphQL <c>CreateAlertInput</c>, also what <c>previewAlert</c> takes.</summary>
internal sealed class CreateAlertInputType : InputObjectGraphType
{
    public CreateAlertInputType()
    {
        Name = "CreateAlertInput";
        Description = "An alert on a saved search the caller can read.";
        Field<NonNullGraphType<IdGraphType>>("savedSearchId").Description("The saved search it watches.");
        Field<NonNullGraphType<AlertConditionEnumType>>("condition").Description("When it fires.");
        AlertInputFields.AddSettings(this);
    }
}
