using System.Globalization;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// The <c>[N]</c> suffix that limits a stack-frame field to the top N frames of the crashing thread, in SuperSearch
/// parameter names (<c>function[5]=js::gc::Sweep</c>) and search-box fields (<c>function[5]:js::gc::*</c>).
/// </summary>
internal static class TopFramesSuffix
{
    /// <summary>Splits <c>function[5]</c> into the field name and the digits; null when the name has no such suffix.</summary>
    public static (string Field, string Count)? Split(string name)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0 || !name.EndsWith(']'))
            return null;
        var count = name[(open + 1)..^1];
        return count.Length > 0 && count.All(char.IsAsciiDigit) ? (name[..open], count) : null;
    }

    /// <summary>The number of top frames, checked: the field must be a stack-frame field and N at least 1.</summary>
    public static int Parse(FieldDefinition field, string count, string parameter)
    {
        if (!AppliesTo(field))
            throw QueryErrors.Invalid(parameter,
                "the suffix [N] (within the top N frames) applies to the stack-frame fields (function, module, "
                + $"source_file) only, and {field.Name} is not one.");
        return ParseCount(count)
            ?? throw QueryErrors.Invalid(parameter,
                $"the number of top frames in [N] must be a whole number from 1 to {int.MaxValue}, got "
                + $"{QueryErrors.Quote(count)}.");
    }

    /// <summary>Whether <paramref name="field"/> is a stack-frame field, the only kind a suffix applies to.</summary>
    public static bool AppliesTo(FieldDefinition field) => field.FrameProperty is not null;

    /// <summary>The digits of a suffix as a number of frames; null when not a whole number from 1 to <see cref="int.MaxValue"/>.</summary>
    public static int? ParseCount(string count) =>
        int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var frames) && frames >= 1 ? frames : null;
}
