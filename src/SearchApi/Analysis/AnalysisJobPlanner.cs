using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Checks a job's spec when it is started (so that a bad one is refused at once, not failed later) and builds the
/// query its scan runs: every crash of its search indexed before the job started, over the whole retention.
/// </summary>
internal sealed class AnalysisJobPlanner(CrashQueryBuilder builder, IOptions<AnalysisOptions> options)
{
    public FieldCatalogue Catalogue => builder.Catalogue;

    /// <summary>The fields the spec reads that the caller may not read (protected ones without the right).</summary>
    public IReadOnlyList<string> Forbidden(AnalysisJobSpec spec, SearchRights rights) => rights.CanReadProtected
        ? []
        : [.. spec.Fields().Distinct(StringComparer.Ordinal)
            .Where(f => builder.Catalogue.Find(f) is { Protected: true })];

    /// <exception cref="InvalidQueryException">A part of the spec is invalid; the message names it.</exception>
    public void Check(AnalysisJobSpec spec)
    {
        if (spec.Kind == AnalysisJobKind.Group)
        {
            if (spec.GroupBy.Count is < 1 or > AnalysisJobSpec.MaxGroupFields)
                throw Invalid("groupBy", $"a GROUP job groups by 1 to {AnalysisJobSpec.MaxGroupFields} fields.");
            if (spec.GroupBy.Distinct(StringComparer.Ordinal).Count() != spec.GroupBy.Count)
                throw Invalid("groupBy", "a field is named twice.");
            if (spec.Number is { } number && builder.Catalogue.Find(number) is { IsNumber: false })
                throw Invalid("number", $"{number} is not a number field.");
            if (spec.Percentiles.Any(p => p is < 0 or > 100 || double.IsNaN(p)))
                throw Invalid("percentiles", "percentiles are from 0 to 100.");
        }
        else if (spec.Columns.Count is < 1 or > AnalysisJobSpec.MaxColumns)
        {
            throw Invalid("columns", $"an EXPORT job has 1 to {AnalysisJobSpec.MaxColumns} columns.");
        }
        foreach (var name in spec.Fields())
        {
            if (builder.Catalogue.Find(name) is not { Returnable: true })
                throw Invalid("fields", $"{name} cannot be read from crashes (see the query `fields`).");
        }
    }

    /// <summary>The scan's query for a caller with <paramref name="rights"/>, started at <paramref name="startedAt"/>.
    /// </summary>
    /// <exception cref="InvalidQueryException">The search cannot run, or names protected fields without the right.
    /// </exception>
    public CrashQuery Query(AnalysisJobSpec spec, SearchRights rights, DateTimeOffset startedAt)
    {
        Check(spec);
        if (Forbidden(spec, rights) is { Count: > 0 } forbidden)
            throw Invalid("fields", $"{string.Join(", ", forbidden)} need the read-protected scope.");
        var question = new CrashQuestion
        {
            Search = spec.Search is { Length: > 0 } search ? [search] : [],
            Size = 0,
            // By indexing time the date window is unbounded (the whole retention), and crashes indexed while the
            // job runs are left out, so that its total does not move.
            Indexed = new IndexedRange(DateTimeOffset.MinValue, startedAt),
            Parameters = new ParameterNames { Search = "input.search" },
        };
        var built = builder.Build(question, rights, startedAt);
        if (built.Withheld.Count > 0)
            throw Invalid("search", string.Join(" ", built.Withheld));
        return built.Query with
        {
            Size = options.Value.PageSize,
            // The date too: the scan walks the window day by day from the newest and oldest crash.
            Columns = [.. spec.Fields().Append("date").Distinct(StringComparer.Ordinal)],
        };
    }

    static InvalidQueryException Invalid(string argument, string problem) =>
        new("input." + argument, $"Argument 'input.{argument}': {problem}");
}
