using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The groups of a GROUP job, filled page by page. A crash with several values of a grouped field (modules, add-ons)
/// counts once in the group of each value, as a facet counts it; a crash without one falls in a group whose key is
/// null there.
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
                    {
                        throw new AnalysisJobException(
                            $"More than {maxGroups} groups (Analysis:MaxGroups); group by fewer or coarser fields.");
                    }
                    group = new GroupStats([.. key], spec.Distinct is not null, spec.Number is not null);
                    _groups.Add(text, group);
                }
                Count(group, hit);
            }
        }
    }

    /// <summary>The groups, largest first, then by key.</summary>
    public IReadOnlyList<GroupStats> Sealed()
    {
        foreach (var group in _groups.Values)
            group.Seal();
        return [.. _groups.OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Value)];
    }

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
