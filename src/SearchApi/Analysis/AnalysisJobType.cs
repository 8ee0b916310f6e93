using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The <c>AnalysisJob</c> type: what a job computes, its progress and where its result is.</summary>
internal sealed class AnalysisJobType : ObjectGraphType<AnalysisJob>
{
    public AnalysisJobType()
    {
        Name = "AnalysisJob";
        Description = "A job over every matching crash of the retention; its result is kept until expiresAt.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<AnalysisJobKindEnumType>>("kind").Resolve(context => context.Source.Spec.Kind);
        Field<StringGraphType>("search").Resolve(context => context.Source.Spec.Search);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("groupBy")
            .Resolve(context => context.Source.Spec.GroupBy);
        Field<StringGraphType>("distinct").Resolve(context => context.Source.Spec.Distinct);
        Field<StringGraphType>("number").Resolve(context => context.Source.Spec.Number);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("columns")
            .Resolve(context => context.Source.Spec.Columns);
        Field<NonNullGraphType<AnalysisJobStateEnumType>>("state").Resolve(context => context.Source.State);
        Field<NonNullGraphType<LongGraphType>>("crashesScanned").Description("Crashes read so far.")
            .Resolve(context => context.Source.Scanned);
        Field<LongGraphType>("crashesTotal").Description("Crashes the job reads; null before its first page.")
            .Resolve(context => context.Source.Total);
        Field<FloatGraphType>("percentDone").Description("crashesScanned of crashesTotal, in percent.")
            .Resolve(context => context.Source.PercentDone);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field<InstantGraphType>("startedAt").Resolve(context => context.Source.StartedAt);
        Field<InstantGraphType>("finishedAt").Resolve(context => context.Source.FinishedAt);
        Field<InstantGraphType>("expiresAt").Description("When the result is deleted.")
            .Resolve(context => context.Source.ExpiresAt);
        Field<StringGraphType>("error").Description("Why the job failed.").Resolve(context => context.Source.Error);
        Field<StringGraphType>("csvUrl").Description("The result as CSV (send the same key); null until it succeeds.")
            .Resolve(context => ResultPath(context.Source, "csv"));
        Field<StringGraphType>("jsonUrl").Description("The result as JSON (send the same key); null until it succeeds.")
            .Resolve(context => ResultPath(context.Source, "json"));
    }

    static string? ResultPath(AnalysisJob job, string extension) =>
        job.HasResult ? AnalysisJobEndpoints.ResultPath(job.Id, extension) : null;
}
