using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The checks of a crash before either engine indexes it: a uuid, a date the index can hold, fields the catalogue
/// knows (stack-frame fields only from the frames), one value where the field holds one, and every value of its
/// field's type, typed as <see cref="FieldValues.Normalize"/> types it. Lucene and Elasticsearch both index the
/// <see cref="CheckedCrash"/> it returns, so a crash one refuses the other refuses with the same message.
/// </summary>
internal sealed class CrashChecks(FieldCatalogue catalogue)
{
    /// <summary>
    /// Checks a crash against the catalogue and types its values; throws <see cref="InvalidCrashException"/>.
    /// </summary>
    public CheckedCrash Check(CrashDocument crash)
    {
        if (string.IsNullOrWhiteSpace(crash.Uuid))
            throw new InvalidCrashException("The crash has no uuid.");
        if (crash.Date > IndexLimits.LatestDate)
        {
            throw new InvalidCrashException(
                $"The crash is dated {crash.Date:O}, after the last date the index holds (the end of 9998).");
        }
        return new CheckedCrash(crash, Normalize(crash));
    }

    /// <summary>Checked, typed values by field, with uuid and date taken from the crash itself.</summary>
    List<KeyValuePair<string, IReadOnlyList<object>>> Normalize(CrashDocument crash)
    {
        var result = new List<KeyValuePair<string, IReadOnlyList<object>>>
        {
            new("uuid", [crash.Uuid]),
            new("date", [crash.Date.ToUniversalTime()]),
        };
        foreach (var (name, list) in crash.Values)
        {
            if (name is "uuid" or "date" || list.Count == 0)
                continue;
            var field = catalogue.Find(name)
                ?? throw new InvalidCrashException($"Field '{name}' is not in the field catalogue.");
            if (field.FrameProperty is not null)
            {
                throw new InvalidCrashException(
                    $"Stack-frame field '{name}' is read from the frames, not from the values.");
            }
            if (list.Count > 1 && !field.MultiValued)
                throw new InvalidCrashException($"Field '{name}' holds one value but the crash has {list.Count}.");
            // Most values already have their type: a new list only when one of them changes.
            List<object>? normalized = null;
            for (var i = 0; i < list.Count; i++)
            {
                var value = list[i];
                // The message may be logged: a protected field's value is never repeated in it.
                var shown = field.Protected ? $"a {value.GetType().Name}" : $"'{value}'";
                var typed = FieldValues.Normalize(field, value)
                    ?? throw new InvalidCrashException(
                        $"Field '{name}' expects {FieldValues.Expected(field)}, not {shown}.");
                if (normalized is null && !ReferenceEquals(typed, value))
                    normalized = [.. list.Take(i)];
                normalized?.Add(typed);
            }
            result.Add(new(name, normalized ?? list));
        }
        return result;
    }
}
