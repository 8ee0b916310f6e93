using System.Globalization;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// The time window on <c>date</c> every search has (docs/query-semantics.md, "Time window"), shared by every front
/// door: default the last <see cref="SearchLimits.DefaultWindowDays"/> days; a lower bound alone runs to now;
/// an upper bound alone covers the default length before it; longer than <see cref="SearchLimits.MaxWindowDays"/>
/// is rejected.
/// </summary>
/// <param name="From">Start, inclusive.</param>
/// <param name="To">End, exclusive.</param>
/// <param name="Edges">
/// Predicates for bounds that [From, To) cannot express exactly (<c>&gt;X</c>, <c>&lt;=X</c>), so the window stays
/// exact whatever time resolution an engine keeps.
/// </param>
public sealed record TimeWindow(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<FieldPredicate> Edges)
{
    /// <summary>How long the window is.</summary>
    public TimeSpan Length => To - From;

    /// <summary>The window that range predicates on the date field (from any front door) describe.</summary>
    /// <param name="dateField">The catalogue's <c>date</c> field.</param>
    /// <param name="ranges">Range predicates (&gt;, &gt;=, &lt;, &lt;=) on <paramref name="dateField"/>; the tightest bounds win.</param>
    /// <param name="defaultWindowDays">Window length when no lower bound is given, in days.</param>
    /// <param name="maxWindowDays">Longest window allowed, in days.</param>
    /// <param name="now">The current time: the end of the window when no upper bound is given.</param>
    /// <param name="parameter">The parameter or argument to name in errors.</param>
    /// <exception cref="InvalidQueryException">The window is empty or too long.</exception>
    public static TimeWindow FromRanges(
        FieldDefinition dateField, IReadOnlyList<FieldPredicate> ranges, int defaultWindowDays, int maxWindowDays, DateTimeOffset now, string parameter)
    {
        ArgumentNullException.ThrowIfNull(dateField);
        ArgumentNullException.ThrowIfNull(ranges);
        var name = dateField.Name;
        RangeBounds.EnsureNotEmpty(dateField, ranges, parameter);
        var lower = Tightest(ranges, upper: false);
        var upper = Tightest(ranges, upper: true);
        var defaultLength = TimeSpan.FromDays(defaultWindowDays);
        var start = lower?.Value ?? (upper?.Value ?? now) - defaultLength;
        var end = upper?.Value ?? now;
        if (start > end || (start == end && !(lower?.Inclusive == true && upper?.Inclusive == true)))
            throw QueryErrors.Invalid(parameter,
                $"the time window from {Show(start)} to {(upper is null ? "now" : Show(end))} is empty.");
        if (end - start > TimeSpan.FromDays(maxWindowDays))
            throw QueryErrors.Invalid(parameter,
                $"the time window from {Show(start)} to {Show(end)} is longer than {maxWindowDays} days; narrow it.");
        var edges = new List<FieldPredicate>();
        if (lower is { Inclusive: false })
            edges.Add(new FieldPredicate(name, PredicateOperator.GreaterThan, start));
        var to = end;
        if (upper is { Inclusive: true })
        {
            // Engines may keep milliseconds only; one more millisecond keeps the bound itself inside the window.
            to = end.AddMilliseconds(1);
            edges.Add(new FieldPredicate(name, PredicateOperator.LessOrEqual, end));
        }
        return new TimeWindow(start, to, edges);
    }

    static (DateTimeOffset Value, bool Inclusive)? Tightest(IReadOnlyList<FieldPredicate> ranges, bool upper)
    {
        (DateTimeOffset Value, bool Inclusive)? best = null;
        foreach (var range in ranges)
        {
            var isUpper = range.Operator is PredicateOperator.LessThan or PredicateOperator.LessOrEqual;
            if (isUpper != upper)
                continue;
            var value = (DateTimeOffset)range.Value!;
            var inclusive = range.Operator is PredicateOperator.GreaterOrEqual or PredicateOperator.LessOrEqual;
            var tighter = best is not { } b
                || (upper ? value < b.Value : value > b.Value)
                || (value == b.Value && !inclusive);
            if (tighter)
                best = (value, inclusive);
        }
        return best;
    }

    static string Show(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
