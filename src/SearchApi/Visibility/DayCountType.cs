using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>DayCount</c>.</summary>
internal sealed class DayCountType : ObjectGraphType<DayCount>
{
    public DayCountType()
    {
        Name = "DayCount";
        Description = "Crashes on one UTC day.";
        Field<NonNullGraphType<InstantGraphType>>("day").Description("The day's midnight (UTC).")
            .Resolve(c => c.Source.Day);
        Field(c => c.Count);
    }
}
