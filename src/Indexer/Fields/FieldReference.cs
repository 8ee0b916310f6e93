using System.Text;
using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Fields;

/// <summary>Renders the catalogue as the reference page <c>docs/fields.md</c>, so the page cannot drift from it.</summary>
public static class FieldReference
{
    /// <summary>The Markdown reference page of every field.</summary>
    public static string ToMarkdown(FieldCatalogue catalogue)
    {
        var page = new StringBuilder();
        page.Append("# Fields\n\n")
            .Append("Generated from `schema/fields.json` by `FieldReference`; a test keeps this page equal to the catalogue.\n")
            .Append("Regenerate with `UPDATE_SNAPSHOTS=1 dotnet test tests/Indexer.Tests`.\n\n")
            .Append("Types: `keyword` (whole-value string), `text` (analysed words plus an exact twin), `integer`, `long`, ")
            .Append("`double`, `date`, `boolean`. Stack-frame fields (source `@frames.*`) hold one value per frame of the ")
            .Append(Invariant($"crashing thread, top frame first (up to {CrashDocumentBuilder.MaxFrames} frames). "))
            .Append("Protected fields need the read-protected permission.\n\n")
            .Append(Invariant($"A string value over {IndexLimits.MaxTermBytes:N0} UTF-8 bytes is indexed cut to "))
            .Append("that length, between characters, and kept whole in the stored crash; an exact search on the whole ")
            .Append("value cuts it the same way (see docs/ingest.md, Limits).\n\n")
            .Append("| name | type | source | multi | facet | sort | protected | description |\n")
            .Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var field in catalogue.Fields)
        {
            var type = field.Analyzer is null ? Lower(field.Type) : $"{Lower(field.Type)} ({field.Analyzer})";
            var multi = field.Separator is null ? Mark(field.MultiValued) : $"yes (`{field.Separator}`)";
            page.Append($"| `{field.Name}` | {type} | `{field.Source}` | {multi} | {Mark(field.Facetable)} | ")
                .Append($"{Mark(field.Sortable)} | {Mark(field.Protected)} | {field.Description} |\n");
        }
        return page.ToString();
    }

    static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    static string Lower(FieldType type) => type.ToString().ToLowerInvariant();

    static string Mark(bool value) => value ? "yes" : "";
}
