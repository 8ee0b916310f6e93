using Microsoft.Extensions.Primitives;

namespace CrashSearch.SearchApi.Web;

/// <summary>Lists of field names or addresses as forms and URLs give them: comma-separated, in one or more values.
/// </summary>
internal static class CommaList
{
    public static List<string> Of(StringValues values) =>
        [.. values.SelectMany(v => (v ?? "").Split(',', Options))];

    const StringSplitOptions Options = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
}
