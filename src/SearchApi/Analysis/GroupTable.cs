using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The groups of a GROUP job that reads every crash (<see cref="AnalysisScan"/>), filled page by page: for fields
/// the engine cannot count by (see <see cref="GroupCounting"/>). A crash with several values of a grouped field
/// (modules, add-ons) counts once in the group of each value, as a facet counts it; a crash without one falls in a
/// group whose key is null there.
/// </summary>
internal sealed class GroupTable(AnalysisJobSpec spec, int maxGroups)
{
    const char Separator = '\u001f';

    readonly Dictionary<string, GroupStats> _groups = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<CrashHit> hits)
    {
        foreach (var hit in hits)
        {
            foreach (var key in Keys(hit, 0, []))
            {
                var text = string.Join(Separator, key.Select(k => k ?? "\0"));
                if (!_groups.TryGetValue(text, out var group))
                {
                    if (_groups.Count >= maxGroups)
                        throw TooMany(maxGroups);
                    group = new GroupStats([.. key], spec.Distinct is not null, spec.Number is not null);
                    _groups.Add(text, group);
                }
                Count(group, hit);
            }
        }
    }

    /// <summary>The groups, largest first, then by key.</summary>
    public IReadOnlyList<GroupRow> Sealed() => GroupRow.Ordered(_groups.Values.Select(group =>
    {
        group.Seal();
        return new GroupRow(group.Key, group.Count, group.Distinct?.Count, group.Min, group.Max,
            group.Numbers is null ? [] : [.. spec.Percentiles.Select(group.Percentile)]);
    }));

    /// <summary>The failure of a job that would make more groups than it may hold.</summary>
    public static AnalysisJobException TooMany(int maxGroups) =>
        new($"More than {maxGroups} groups (Analysis:MaxGroups); group by fewer or coarser fields.");

    void Count(GroupStats group, CrashHit hit)
    {
        group.Count++;
        if (spec.Distinct is { } distinct && hit.Fields.TryGetValue(distinct, out var values))
        {
            foreach (var value in values)
                group.Distinct!.Add(ValueText.Text(value));
        }
        if (spec.Number is { } number && hit.Fields.TryGetValue(number, out var numbers))
        {
            foreach (var value in numbers)
                group.Numbers!.Add(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    IEnumerable<List<string?>> Keys(CrashHit hit, int field, List<string?> prefix)
    {
        if (field == spec.GroupBy.Count)
        {
            yield return prefix;
            yield break;
        }
        IEnumerable<string?> values = hit.Fields.TryGetValue(spec.GroupBy[field], out var found) && found.Count > 0
            ? found.Select(v => (string?)ValueText.Text(v)).Distinct(StringComparer.Ordinal)
            : [(string?)null];
        foreach (var value in values)
        {
            foreach (var key in Keys(hit, field + 1, [.. prefix, value]))
                yield return key;
        }
    }
}
