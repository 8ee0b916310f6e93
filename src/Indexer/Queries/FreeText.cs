using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries;

/// <summary>
/// Words searched over the default text fields (see <see cref="FreeText.DefaultFields"/>); every word must occur.
/// </summary>
public sealed record FreeText(string Text) : QueryNode
{
    /// <summary>The text fields that free text searches, when the caller may see them.</summary>
    public static readonly IReadOnlyList<string> DefaultFields =
        ["signature", "proto_signature", "reason", "moz_crash_reason", "abort_message", "function", "module",
            "source_file", "app_notes", "processor_notes", "user_comments"];

    /// <summary>The default fields a caller may search with free text, in every engine, and its words.</summary>
    internal static (List<FieldDefinition> Fields, string[] Words) Plan(string text, FieldCatalogue catalogue,
        bool canReadProtected) =>
        ([.. DefaultFields
            .Select(catalogue.Find)
            .OfType<FieldDefinition>()
            .Where(f => f.IsString && (canReadProtected || !f.Protected))],
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
