using CrashSearch.SearchApi.Crashes;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The GraphQL <c>StartAnalysisJobInput</c>.</summary>
internal sealed class StartAnalysisJobInputType : InputObjectGraphType
{
    public StartAnalysisJobInputType()
    {
        Name = "StartAnalysisJobInput";
        Description = "A job over every crash of the search in the whole retention (docs/analysis.md).";
        Field<NonNullGraphType<AnalysisJobKindEnumType>>("kind").Description("GROUP or EXPORT.");
        Field<StringGraphType>("search").Description("Search-box text; null or empty: every crash. Its dates, if "
            + "any, bound the window; otherwise the job reads the whole retention.");
        Field<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>("groupBy")
            .Description($"GROUP: 1 to {AnalysisJobSpec.MaxGroupFields} fields to group by.");
        Field<CrashFieldEnumType>("distinct").Description("GROUP: a field whose distinct values each group counts.");
        Field<CrashFieldEnumType>("number")
            .Description("GROUP: a number field whose min, max and percentiles each group gives.");
        Field<ListGraphType<NonNullGraphType<FloatGraphType>>>("percentiles")
            .Description("GROUP: percentiles of number, 0 to 100 (nearest rank); default 50, 90, 99.");
        Field<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>("columns")
            .Description($"EXPORT: 1 to {AnalysisJobSpec.MaxColumns} fields to write for each crash.");
    }

    public static AnalysisJobSpec Read(Dictionary<string, object?> input) => new()
    {
        Kind = (AnalysisJobKind)input["kind"]!,
        Search = input.GetValueOrDefault("search") as string,
        GroupBy = ListOf<string>(input.GetValueOrDefault("groupBy")),
        Distinct = input.GetValueOrDefault("distinct") as string,
        Number = input.GetValueOrDefault("number") as string,
        Percentiles = input.GetValueOrDefault("percentiles") is IEnumerable<object?> percentiles
            ? [.. percentiles.Select(p => Convert.ToDouble(p, System.Globalization.CultureInfo.InvariantCulture))]
            : AnalysisJobSpec.DefaultPercentiles,
        Columns = ListOf<string>(input.GetValueOrDefault("columns")),
    };

    static List<T> ListOf<T>(object? value) => value is IEnumerable<object?> items ? [.. items.OfType<T>()] : [];
}
