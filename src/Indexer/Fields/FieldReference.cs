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
            .Append("The query type is Socorro's (`/api/SuperSearchFields`); the SuperSearch operators it offers ")
            .Append("are below (`!` before any negates it; docs/api.md says what each means). Every string field ")
            .Append("also takes the string operators, whatever its query type.\n\n")
            .Append("| query type | operators |\n|---|---|\n");
        foreach (var type in Enum.GetValues<QueryType>())
            page.Append($"| {Lower(type)} | {string.Join(' ', QueryTypeOperators.Of(type).Select(Operator))} |\n");
        page.Append('\n')
            .Append("A number or boolean that can be neither faceted nor sorted on is indexed as a term only, so a ")
            .Append("crash without it costs nothing; it is still searched, with every operator of its type, and ")
            .Append("returned.\n\n")
            .Append(Invariant($"A string value over {IndexLimits.MaxTermBytes:N0} UTF-8 bytes is indexed cut to "))
            .Append("that length, between characters, and kept whole in the stored crash; an exact search on the ")
            .Append("whole ")
            .Append("value cuts it the same way (see docs/ingest.md, Limits).\n\n")
            .Append("| name | type | query type | source | multi | facet | sort | protected | description |\n")
            .Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var field in catalogue.Fields)
        {
            var type = field.Analyzer is null ? Lower(field.Type) : $"{Lower(field.Type)} ({field.Analyzer})";
            var multi = field.Separator is null ? Mark(field.MultiValued) : $"yes (`{field.Separator}`)";
            page.Append($"| `{field.Name}` | {type} | {Lower(field.QueryType)} | `{field.Source}` | {multi} | ")
                .Append($"{Mark(field.Facetable)} | ")
                .Append($"{Mark(field.Sortable)} | {Mark(field.Protected)} | {field.Description} |\n");
        }
        return page.ToString();
    }

    static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    static string Lower<T>(T type) where T : struct, Enum => type.ToString().ToLowerInvariant();

    static string Operator(string prefix) => prefix.Length == 0 ? "(match)" : $"`{prefix}`";

    static string Mark(bool value) => value ? "yes" : "";
}
