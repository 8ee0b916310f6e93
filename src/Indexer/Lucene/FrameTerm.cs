namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// A frame value, or one of its words, as a thread's <see cref="FrameFieldTerms"/> keeps it: marked with the last
/// field instance that placed it, so that a document places each distinct term once without hashing it again.
/// </summary>
internal sealed class FrameTerm(string text, FrameTerm[] words)
{
    public string Text { get; } = text;

    /// <summary>The distinct words of a value in order of first occurrence; empty for a word, or for a field that is not analysed.</summary>
    public FrameTerm[] Words { get; } = words;

    /// <summary>The <see cref="FrameFieldTerms.Stamp"/> of the field instance that last placed this term.</summary>
    public long Placed { get; set; }
}
