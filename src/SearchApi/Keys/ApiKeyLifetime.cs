using System.Globalization;

namespace CrashSearch.SearchApi.Keys;

/// <summary>How long a key lives, as written by people: <c>30d</c>, <c>12h</c>, <c>90m</c>.</summary>
internal static class ApiKeyLifetime
{
    public const string Syntax = "a number followed by d (days), h (hours) or m (minutes), e.g. 30d";

    public static TimeSpan Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2
            && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture,
                out var count)
            && count > 0)
        {
            switch (trimmed[^1])
            {
                case 'd': return TimeSpan.FromDays(count);
                case 'h': return TimeSpan.FromHours(count);
                case 'm': return TimeSpan.FromMinutes(count);
            }
        }
        throw new ArgumentException($"'{text}' is not a lifetime: {Syntax}.");
    }
}
