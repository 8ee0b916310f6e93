using System.Text.Json.Nodes;
using CrashSearch.Benchmarks.Corpus;
using CrashSearch.Benchmarks.Lucene;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Benchmarks.Catalogue;

/// <summary>
/// What Socorro's fields cost: one corpus ingested with the catalogue as it was before them and with today's, one
/// after the other in the same run, so that the machine's speed of the day is the same for both.
/// </summary>
internal static class CatalogueCostStage
{
    /// <summary>Crashes ingested with each catalogue: enough for several segments per week.</summary>
    public const long MaxCrashes = 100_000;

    /// <summary>The 50 fields of the catalogue before Socorro's fields were added (27 November 2026).</summary>
    static readonly HashSet<string> FieldsBefore = new(StringComparer.Ordinal)
    {
        "uuid", "date", "signature", "proto_signature", "product", "version", "major_version", "release_channel",
        "platform", "platform_version", "platform_pretty_version", "cpu_arch", "cpu_count", "cpu_info", "build_id",
        "reason", "address", "moz_crash_reason", "abort_message", "process_type", "crashing_thread",
        "crashing_thread_name", "uptime", "install_age", "install_time", "last_crash", "startup_crash",
        "is_garbage_collecting", "dom_fission_enabled", "report_type", "topmost_filenames", "modules_in_stack",
        "missing_symbols", "app_notes", "processor_notes", "useragent_locale", "adapter_vendor_id", "adapter_device_id",
        "android_model", "android_version", "addons", "memory_explicit", "memory_resident", "thread_count", "function",
        "module", "source_file", "url", "user_comments", "email",
    };

    public static async Task<CatalogueCost> RunAsync(
        long crashes, int seed, DateTimeOffset reference, int days, string work, CancellationToken cancellationToken)
    {
        var count = Math.Min(crashes, MaxCrashes);
        var corpus = await CrashCorpus.GenerateAsync(
            Path.Combine(work, "catalogue-crashes.jsonl"), count, seed, reference, days, cancellationToken);
        try
        {
            var before = Before();
            var index = Path.Combine(work, "catalogue-index");
            var quarantine = Path.Combine(work, "catalogue-quarantine");
            BenchmarkConsole.Progress($"ingesting {count:N0} crashes with the {before.Fields.Count} fields of before");
            var withBefore = await LuceneIngestStage.RunAsync(corpus, index, quarantine, before, cancellationToken);
            BenchmarkConsole.Progress(
                $"ingesting {count:N0} crashes with today's {FieldCatalogue.Default.Fields.Count}");
            var withToday = await LuceneIngestStage.RunAsync(
                corpus, index, quarantine, FieldCatalogue.Default, cancellationToken);
            Directory.Delete(index, recursive: true);
            return new CatalogueCost(before.Fields.Count, withBefore, FieldCatalogue.Default.Fields.Count, withToday);
        }
        finally
        {
            File.Delete(corpus.Path);
        }
    }

    /// <summary>Today's definitions (the catalogue the build embeds) of the fields it had before Socorro's.</summary>
    static FieldCatalogue Before()
    {
        using var stream = typeof(FieldCatalogue).Assembly.GetManifestResourceStream("CrashSearch.fields.json")
            ?? throw new InvalidOperationException("The build embeds no field catalogue.");
        var file = JsonNode.Parse(stream)!.AsObject();
        var fields = file["fields"]!.AsArray();
        foreach (var field in fields.Where(f => !FieldsBefore.Contains((string)f!["name"]!)).ToList())
            fields.Remove(field);
        return FieldCatalogue.Parse(file.ToJsonString());
    }
}
