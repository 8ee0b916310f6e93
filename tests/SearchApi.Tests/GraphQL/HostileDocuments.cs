using System.Text;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>The GraphQL documents of the attacks in issue 16, built at any size.</summary>
internal static class HostileDocuments
{
    /// <summary>A chain: <c>fragment Fi on CrashConnection { totalCount ...Fi+1 }</c>.</summary>
    public static string FragmentChain(int fragments) =>
        Fragments(fragments, i => $"totalCount ...F{i + 1}", "totalCount");

    /// <summary>
    /// <c>fragment Fi on CrashConnection { ...Fi+1 ...Fi+1 }</c> (<paramref name="width"/> spreads each):
    /// <paramref name="width"/>^<paramref name="fragments"/> expansions.
    /// </summary>
    public static string FragmentFanOut(int fragments, int width = 2) =>
        Fragments(fragments, i => string.Join(' ', Enumerable.Repeat($"...F{i + 1}", width)), "totalCount");

    /// <summary><c>{ __schema { types { ofType { ... { name } } } } }</c>, <paramref name="levels"/> deep.</summary>
    public static string NestedIntrospection(int levels)
    {
        var nested = "name";
        for (var i = 0; i < levels; i++)
            nested = $"ofType {{ {nested} }}";
        return $"{{ __schema {{ types {{ {nested} }} }} }}";
    }

    static string Fragments(int count, Func<int, string> body, string last)
    {
        var document = new StringBuilder("{ crashes { ...F0 } }\n");
        for (var i = 0; i < count; i++)
            document.Append($"fragment F{i} on CrashConnection {{ {(i == count - 1 ? last : body(i))} }}\n");
        return document.ToString();
    }
}
