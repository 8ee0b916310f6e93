using System.Globalization;
using System.Text;
using ICU4N.Text;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The one form every analysed word takes, at index time and at query time alike: Unicode NFKC with case folding
/// (ICU's <c>nfkc_cf</c>), so that a letter typed with a separate combining accent equals the precomposed one, the
/// ligature <c>ﬁ</c> equals <c>fi</c>, and <c>Straße</c> equals <c>STRASSE</c>. Symbols such as emoji
/// (category So) are words of their own. ASCII words, nearly all of a crash, are only lower-cased, and other
/// words that are already in this form are left as they are.
/// Both engines fold words with it, through the analysers.
/// </summary>
internal static class UnicodeWords
{
    // The runtime runs in invariant globalization mode, where string.Normalize leaves text as it is.
    static readonly Normalizer2 NfkcCaseFold = Normalizer2.GetInstance(null, "nfkc_cf", Normalizer2Mode.Compose);

    /// <summary>The indexed form of a word.</summary>
    public static string Fold(string word)
    {
        if (Ascii.IsValid(word))
            return word.ToLowerInvariant();
        return NfkcCaseFold.IsNormalized(word) ? word : NfkcCaseFold.Normalize(word);
    }

    /// <summary>
    /// The length (1 or 2 UTF-16 units) of the symbol, such as an emoji, starting <paramref name="text"/>, or 0 when it
    /// does not start with one.
    /// </summary>
    public static int SymbolLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || char.IsAscii(text[0]))
            return 0;
        return Rune.DecodeFromUtf16(text, out var rune, out var length) == System.Buffers.OperationStatus.Done
            && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol
            ? length
            : 0;
    }
}
