namespace CrashSearch.Indexer.Documents;

/// <summary>
/// A processed crash reduced to the catalogue's fields: what a search engine indexes.
/// Values are typed by field: <see cref="string"/> for keyword and text, <see cref="long"/> for integer and long,
/// <see cref="double"/>, <see cref="bool"/>, and <see cref="DateTimeOffset"/> (UTC) for dates.
/// Stack-frame fields are not in <see cref="Values"/>; they are read from <see cref="Frames"/>.
/// </summary>
public sealed class CrashDocument
{
    /// <summary>The crash id; also the document id, so indexing a uuid again replaces the document.</summary>
    public required string Uuid { get; init; }

    /// <summary>When the crash was processed (UTC); decides the weekly partition.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Values of every non-frame field that the crash has, keyed by field name; absent fields are missing.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<object>> Values { get; init; }

    /// <summary>Frames of the crashing thread, top first; empty when the crash has no stack.</summary>
    public IReadOnlyList<CrashFrame> Frames { get; init; } = [];

    /// <summary>
    /// Frames of the crashing thread beyond <see cref="CrashDocumentBuilder.MaxFrames"/>: neither indexed nor kept in
    /// <see cref="Frames"/>. Zero for a stack that fits.
    /// </summary>
    public int DroppedFrames { get; init; }

    /// <summary>
    /// The fields (stack-frame fields included) holding a value over <see cref="IndexLimits.MaxTermBytes"/>, which
    /// the index holds cut while the stored crash keeps it whole; empty when every value fits.
    /// </summary>
    public IReadOnlyList<string> LongValueFields { get; init; } = [];
}
