using System.Globalization;
using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Splits C++, Rust and Java symbols and file paths into words. Identifiers are runs of letters, digits and
/// underscores; everything else (<c>::</c>, <c>.</c>, <c>$</c>, slashes, brackets, quotes, spaces, ...) separates
/// them. An identifier with camelCase or underscore boundaries also yields its parts, so <c>CrashFunction</c>
/// is found by <c>crashfunction</c>, <c>crash</c> and <c>function</c>. Combining marks belong to the identifier,
/// a symbol such as an emoji is a word of its own, and every word takes its <see cref="UnicodeWords.Fold"/> form.
/// Both engines split symbols with it, through <see cref="SymbolTokenizer"/>.
/// </summary>
internal static class SymbolWords
{
    /// <param name="text">The symbol or path.</param>
    /// <param name="offset">Added to the words' offsets: where <paramref name="text"/> starts in the value.</param>
    public static List<SymbolWord> Split(string text, int offset = 0)
    {
        var words = new List<SymbolWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                var symbol = UnicodeWords.SymbolLength(text.AsSpan(i));
                if (symbol > 0)
                    words.Add(new SymbolWord(text.Substring(i, symbol), false, offset + i, offset + i + symbol));
                i += Math.Max(symbol, 1);
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            AddIdentifier(text, start, i, offset, words);
        }
        return words;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_'
        || (!char.IsAscii(c) && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    static void AddIdentifier(string text, int start, int end, int offset, List<SymbolWord> words)
    {
        // Leading and trailing underscores (__rust_begin_short_backtrace, __tmainCRTStartup) are decoration: the
        // name people type is what lies between them.
        while (start < end && text[start] == '_')
            start++;
        while (end > start && text[end - 1] == '_')
            end--;
        if (start == end)
            return;
        // A word over the index's term limit is cut (the query side cuts it the same way): one such identifier in a
        // frame used to fail the whole ingest run.
        var whole = Word(text[start..end]);
        words.Add(new SymbolWord(whole, false, offset + start, offset + end));
        var parts = new List<SymbolWord>();
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '_' || (i > partStart && IsCamelBoundary(text, i, end)))
            {
                if (i > partStart)
                    parts.Add(new SymbolWord(Word(text[partStart..i]), true, offset + partStart, offset + i));
                partStart = i < end && text[i] == '_' ? i + 1 : i;
            }
        }
        if (parts.Count > 1)
            words.AddRange(parts);
    }

    static string Word(string text) => IndexLimits.Cut(UnicodeWords.Fold(text));

    /// <summary>
    /// Lower or digit then upper (<c>getAttr</c>), or the last capital of an acronym (<c>HTMLElement</c>).
    /// </summary>
    static bool IsCamelBoundary(string text, int i, int end)
    {
        var previous = text[i - 1];
        var current = text[i];
        if (!char.IsUpper(current))
            return false;
        if (char.IsLower(previous) || char.IsDigit(previous))
            return true;
        return char.IsUpper(previous) && i + 1 < end && char.IsLower(text[i + 1]);
    }
}
