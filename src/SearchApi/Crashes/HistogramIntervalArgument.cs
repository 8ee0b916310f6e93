using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Checks a histogram's <c>field</c> and <c>interval</c> arguments: the interval is read by the parser SuperSearch
/// uses (<see cref="HistogramIntervalParser"/>), and a date histogram may not have more buckets over the time window
/// than the limit allows.
/// </summary>
internal static class HistogramIntervalArgument
{
    /// <param name="field">The aggregated field.</param>
    /// <param name="text">The interval as written.</param>
    /// <param name="at">The histogram's path in the selection (response keys), for messages.</param>
    /// <param name="rules">Limits and the time window.</param>
    public static HistogramInterval Parse(FieldDefinition field, string text, string at, AggregationRules rules)
    {
        if (!HistogramIntervalParser.Applies(field))
            throw CrashErrors.BadQuery($"{at}.field", $"histograms work on date and number fields, and {field.Name} is a {field.Type.ToString().ToLowerInvariant()} field.");
        var argument = $"{at}.interval";
        try
        {
            var interval = HistogramIntervalParser.Parse(field, text, argument);
            HistogramIntervalParser.CheckBuckets(field, interval, rules.Window.Length, rules.Limits.MaxHistogramBuckets, argument);
            return interval;
        }
        catch (InvalidQueryException e)
        {
            throw CrashErrors.BadQuery(e.Message);
        }
    }
}
