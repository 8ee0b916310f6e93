using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>ReportCrash</c>.</summary>
internal sealed class ReportCrashType : ObjectGraphType<ReportCrash>
{
    public ReportCrashType()
    {
        Name = "ReportCrash";
        Description = "One crash as a report lists it; crash(uuid:) gives the rest.";
        Field<NonNullGraphType<IdGraphType>>("uuid").Resolve(c => c.Source.Uuid);
        Field<NonNullGraphType<InstantGraphType>>("date").Resolve(c => c.Source.Date);
        Field(c => c.Product, nullable: true);
        Field(c => c.Version, nullable: true);
        Field(c => c.Platform, nullable: true);
    }
}
