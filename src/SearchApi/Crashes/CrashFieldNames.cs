using System.Text;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>GraphQL names of catalogue fields on the <c>Crash</c> type: <c>release_channel</c> is <c>releaseChannel</c>.</summary>
internal static class CrashFieldNames
{
    public static string Of(string catalogueName)
    {
        var name = new StringBuilder(catalogueName.Length);
        var upper = false;
        foreach (var c in catalogueName)
        {
            if (c == '_')
            {
                upper = name.Length > 0;
                continue;
            }
            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return name.ToString();
    }
}
