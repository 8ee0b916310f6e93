using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// The <c>_histogram_interval.&lt;field&gt;</c> parameters: one interval per field, used by every histogram over
/// that field wherever it is nested. Unused intervals are reported; <see cref="Building.CrashQueryBuilder"/> rejects a
/// date histogram with too many buckets over the time window.
/// </summary>
internal sealed class HistogramIntervals(FieldCatalogue catalogue, ProtectedFieldGate gate)
{
    public const string Prefix = "_histogram_interval.";

    readonly Dictionary<string, HistogramInterval> _byField = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, HistogramInterval> ByField => _byField;

    public void Read(string parameter, List<string> values)
    {
        var name = parameter[Prefix.Length..];
        var field = catalogue.Find(name) ?? throw QueryErrors.Invalid(parameter,
            $"unknown field {QueryErrors.Quote(name)}.");
        var text = SuperSearchParameters.Single(parameter, values);
        if (gate.Allows(field, parameter))
            _byField[field.Name] = HistogramIntervalParser.Parse(field, text, parameter);
    }

    /// <summary>Reports each interval given for a field no histogram is over.</summary>
    public void ReportUnused(AggregationTreeBuilder aggregations, ICollection<string> errors)
    {
        foreach (var field in _byField.Keys)
        {
            if (!aggregations.HasHistogram(field))
                errors.Add($"parameter '{Prefix}{field}' was ignored: no histogram over {field} was asked for");
        }
    }
}
