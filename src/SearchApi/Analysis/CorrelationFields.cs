using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The <c>correlations</c> query (read).</summary>
internal static class CorrelationFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CorrelationType>>>>("correlations")
            .Description("The attribute values whose share differs most between the crashes of `search` and the "
                + "`reference` set (default: every crash of the same products in the same window), ordered by "
                + "the absolute score. Two searches whatever the number of crashes; see docs/analysis.md.")
            .Argument<NonNullGraphType<StringGraphType>>("search",
                "Search-box text of the crashes to explain, usually one signature; its dates set the window "
                + "(default: the last 7 days).")
            .Argument<StringGraphType>("reference",
                "Search-box text of the reference set, within the search's window unless it names dates.")
            .Argument<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>("fields",
                "Facetable fields to compare; default: modules in the stack, add-ons, CPU, platform version, "
                + "graphics adapter, locale, channel, version, process type and a few flags.")
            .Argument<IntGraphType>("first", $"How many results, 1 to {CorrelationRequest.MaxFirst}.",
                argument => argument.DefaultValue = CorrelationRequest.DefaultFirst)
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await ResolveAsync(context));
    }

    static async Task<IReadOnlyList<Correlation>> ResolveAsync(IResolveFieldContext context)
    {
        var request = new CorrelationRequest(
            context.GetArgument<string>("search"),
            context.GetArgument<string?>("reference"),
            context.GetArgument<List<string>?>("fields"),
            context.GetArgument("first", CorrelationRequest.DefaultFirst));
        var report = await context.Service<Correlator>().CorrelateAsync(request, ProtectedFields.RightsOf(context),
            context.Service<TimeProvider>().GetUtcNow(), context.CancellationToken);
        ProtectedFields.Report(context, report.Withheld);
        return report.Correlations;
    }
}
