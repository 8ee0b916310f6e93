using GraphQL.Types;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The <c>AnalysisJobState</c> enum.</summary>
internal sealed class AnalysisJobStateEnumType : EnumerationGraphType<AnalysisJobState>
{
    public AnalysisJobStateEnumType()
    {
        Name = "AnalysisJobState";
        Description = "QUEUED, RUNNING, SUCCEEDED (its result can be downloaded until expiresAt), FAILED (see "
            + "error), CANCELLED, or EXPIRED (succeeded; its result was deleted).";
    }
}
