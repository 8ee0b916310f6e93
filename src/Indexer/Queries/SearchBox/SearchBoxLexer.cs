using System.Text;

namespace CrashSearch.Indexer.Queries.SearchBox;

/// <summary>
/// Splits search-box text into tokens. Quotes make spaces, parentheses, colons and keywords literal; a colon
/// followed by another colon (<c>js::gc</c>) belongs to the value, so C++ and Rust symbols need no quotes.
/// </summary>
internal static class SearchBoxLexer
{
    public static List<SearchBoxToken> Tokenize(string text, string parameter)
    {
        var tokens = new List<SearchBoxToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i == text.Length)
            {
                tokens.Add(new SearchBoxToken(SearchBoxTokenKind.End, i));
                return tokens;
            }
            var c = text[i];
            if (c is '(' or ')')
            {
                tokens.Add(new SearchBoxToken(c == '(' ? SearchBoxTokenKind.Open : SearchBoxTokenKind.Close, i));
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || IsBoundary(text[i - 1])))
            {
                tokens.Add(new SearchBoxToken(SearchBoxTokenKind.Not, i));
                i++;
            }
            else
            {
                tokens.Add(ReadTerm(text, ref i, parameter));
            }
        }
    }

    static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c == '(';

    static SearchBoxToken ReadTerm(string text, ref int i, string parameter)
    {
        var start = i;
        var value = new StringBuilder();
        string? field = null;
        var valueStartsQuoted = false;
        var quoted = false;
        var anyQuoted = false;
        while (i < text.Length && (quoted || !(char.IsWhiteSpace(text[i]) || text[i] is '(' or ')')))
        {
            var c = text[i];
            if (c == '"')
            {
                if (value.Length == 0 && !anyQuoted)
                    valueStartsQuoted = true;
                quoted = !quoted;
                anyQuoted = true;
                i++;
            }
            else if (quoted && c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                value.Append(text[i + 1]);
                i += 2;
            }
            else if (!quoted && c == ':' && field is null && !anyQuoted && IsFieldName(value) && !IsDoubleColon(text, i))
            {
                field = value.ToString();
                value.Clear();
                valueStartsQuoted = false;
                i++;
            }
            else
            {
                value.Append(c);
                i++;
            }
        }
        if (quoted)
            throw SearchBoxErrors.At(parameter, start, "the quote opened here is never closed");
        var word = value.ToString();
        if (field is null && !anyQuoted)
        {
            switch (word)
            {
                case "AND": return new SearchBoxToken(SearchBoxTokenKind.And, start);
                case "OR": return new SearchBoxToken(SearchBoxTokenKind.Or, start);
                case "NOT": return new SearchBoxToken(SearchBoxTokenKind.Not, start);
            }
        }
        return new SearchBoxToken(SearchBoxTokenKind.Term, start, field, word, valueStartsQuoted);
    }

    /// <summary>A field name, optionally with a top-frames suffix of digits in brackets (<c>function[5]</c>).</summary>
    static bool IsFieldName(StringBuilder value)
    {
        var end = value.Length;
        if (end > 2 && value[end - 1] == ']')
        {
            var open = end - 2;
            while (open > 0 && char.IsAsciiDigit(value[open]))
                open--;
            if (value[open] != '[' || open == end - 2)
                return false;
            end = open;
        }
        if (end == 0)
            return false;
        for (var k = 0; k < end; k++)
        {
            if (!(char.IsAsciiLetterOrDigit(value[k]) || value[k] == '_'))
                return false;
        }
        return true;
    }

    static bool IsDoubleColon(string text, int i) =>
        (i + 1 < text.Length && text[i + 1] == ':') || (i > 0 && text[i - 1] == ':');
}
