using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>TopCrasher</c>.</summary>
internal sealed class TopCrasherType : ObjectGraphType<TopCrasher>
{
    public TopCrasherType()
    {
        Name = "TopCrasher";
        Description = "A signature among the top crashers of a period.";
        Field(c => c.Rank).Description("1 for the signature with the most crashes (ties: signature in byte order).");
        Field(c => c.Signature);
        Field(c => c.Count).Description("Its crashes in the period that pass the filter.");
        Field(c => c.Percent).Description("Its share, in percent, of all crashes in the period that pass the filter.");
        Field(c => c.PreviousRank, nullable: true)
            .Description("Its rank in the preceding period of the same length; null when it had no crash then.");
        Field(c => c.RankChange, nullable: true)
            .Description("previousRank - rank: positive when it rose; null without a previous rank.");
        Field(c => c.Installs).Description("Distinct installations (install_time) among its crashes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformCountType>>>>("platforms")
            .Description("Its crashes per platform, most first.").Resolve(c => c.Source.Platforms);
        Field(c => c.StartupPercent).Description("Share, in percent, of its crashes that were startup crashes.");
        Field(c => c.IsNew).Description("Whether its first crash in the retention is within the period.");
    }
}
