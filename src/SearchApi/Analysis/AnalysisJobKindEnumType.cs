using GraphQL.Types;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The <c>AnalysisJobKind</c> enum: GROUP, EXPORT.</summary>
internal sealed class AnalysisJobKindEnumType : EnumerationGraphType<AnalysisJobKind>
{
    public AnalysisJobKindEnumType()
    {
        Name = "AnalysisJobKind";
        Description = "GROUP: counts per group of up to 3 fields, with a distinct count and the min, max and "
            + "percentiles of a number field. EXPORT: chosen columns of every matching crash.";
    }
}
