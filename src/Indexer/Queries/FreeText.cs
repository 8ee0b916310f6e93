namespace CrashSearch.Indexer.Queries;

/// <summary>Words searched over the default text fields (see <see cref="FreeText.DefaultFields"/>); every word must occur.</summary>
public sealed record FreeText(string Text) : QueryNode
{
    /// <summary>The text fields that free text searches, when the caller may see them.</summary>
    public static readonly IReadOnlyList<string> DefaultFields =
        ["signature", "proto_signature", "reason", "moz_crash_reason", "abort_message", "function", "module", "source_file", "app_notes", "processor_notes", "user_comments"];
}
