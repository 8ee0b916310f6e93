namespace CrashSearch.Benchmarks.Queries;

/// <summary>
/// An engine's answer to a query of the mix, flattened to comparable lines (<c>signatures:X=12</c>,
/// <c>signatures:X/platforms:Y=3</c>, <c>days:2026-11-20=40</c>, <c>versions=17</c>, <c>hit:UUID</c>), so that
/// the engines can be checked against each other.
/// </summary>
internal sealed record QueryAnswer(long? Total, IReadOnlyList<string> Lines)
{
    public bool Agrees(QueryAnswer other) =>
        (Total is null || other.Total is null || Total == other.Total) && Lines.SequenceEqual(other.Lines, StringComparer.Ordinal);

    /// <summary>The first difference, for the report.</summary>
    public string Difference(QueryAnswer other)
    {
        if (Total is not null && other.Total is not null && Total != other.Total)
            return $"total {Total} vs {other.Total}";
        for (var i = 0; i < Math.Max(Lines.Count, other.Lines.Count); i++)
        {
            var mine = i < Lines.Count ? Lines[i] : "(nothing)";
            var theirs = i < other.Lines.Count ? other.Lines[i] : "(nothing)";
            if (!string.Equals(mine, theirs, StringComparison.Ordinal))
                return $"line {i + 1}: '{mine}' vs '{theirs}'";
        }
        return "none";
    }

    public string Summary() => Total is { } total ? $"{total:N0} matches, {Lines.Count} lines" : $"{Lines.Count} lines";
}
