using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>ExplosiveSignature</c>.</summary>
internal sealed class ExplosiveSignatureType : ObjectGraphType<ExplosiveSignature>
{
    public ExplosiveSignatureType()
    {
        Name = "ExplosiveSignature";
        Description = "A signature whose latest 24 hours are far above its own daily baseline (docs/visibility.md).";
        Field(c => c.Signature);
        Field(c => c.Count).Description("Its crashes in the latest 24 hours (ending at the last full hour).");
        Field(c => c.Baseline).Description("The median of its daily counts over the baseline days.");
        Field(c => c.Spread).Description("The robust standard deviation the score divides by (at least 1).");
        Field(c => c.Score).Description("(count - baseline) / spread.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("dailyCounts")
            .Description("Its crashes on each baseline day, oldest first.").Resolve(c => c.Source.DailyCounts);
        Field(c => c.IsNew).Description("Whether it had no crash in the baseline days at all.");
    }
}
