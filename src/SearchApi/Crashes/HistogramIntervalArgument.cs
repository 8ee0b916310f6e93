using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Checks a histogram's <c>field</c> and <c>interval</c> arguments: the interval is read by the parser SuperSearch
/// uses (<see cref="HistogramIntervalParser"/>); <see cref="CrashQueryBuilder"/> checks its buckets against the limit
/// once the time window is known.
/// </summary>
internal static class HistogramIntervalArgument
{
    /// <param name="field">The aggregated field.</param>
    /// <param name="text">The interval as written.</param>
    /// <param name="at">The histogram's path in the selection (response keys), for messages.</param>
    public static HistogramInterval Parse(FieldDefinition field, string text, string at)
    {
        if (!HistogramIntervalParser.Applies(field))
        {
            var type = field.Type.ToString().ToLowerInvariant();
            throw CrashErrors.BadQuery($"{at}.field",
                $"histograms work on date and number fields, and {field.Name} is a {type} field.");
        }
        return HistogramIntervalParser.Parse(field, text, $"{at}.interval");
    }
}
