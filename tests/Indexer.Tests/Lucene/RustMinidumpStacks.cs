using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// The real stackwalker outputs of ../shared/reference/rust-minidump (third-party files, read in place, never copied),
/// wrapped as processed crashes whose uuid is the file name without extension, underscores as hyphens.
/// </summary>
internal static class RustMinidumpStacks
{
    public static readonly DateTimeOffset Date = Crashes.Monday.AddDays(1);

    public static IReadOnlyList<CrashDocument> All()
    {
        var directory = RepositoryFiles.Shared("reference", "rust-minidump");
        var builder = new CrashDocumentBuilder(FieldCatalogue.Default);
        return [.. Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(file => builder.Build(System.Text.Encoding.UTF8.GetBytes(Wrap(file))))];
    }

    static string Wrap(string file)
    {
        var dump = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        return new JsonObject
        {
            ["uuid"] = Path.GetFileNameWithoutExtension(file).Replace('_', '-'),
            ["date_processed"] = Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["product"] = "Firefox",
            ["crashing_thread"] = dump["crash_info"]?["crashing_thread"]?.GetValue<int>(),
            ["json_dump"] = dump,
        }.ToJsonString();
    }
}
