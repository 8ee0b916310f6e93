using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CrashSearch.Indexer.Queries;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.EndToEnd;

/// <summary>The real pipeline, from files on disk to the real Lucene index, then searched.</summary>
public sealed class LuceneIngestTests : IDisposable
{
    readonly TempDirectory _temp = new();

    string IndexDirectory => _temp.Combine("index");

    public void Dispose() => _temp.Dispose();

    FileCrashSource Files(string path) => new(path, watch: false, TimeProvider.System);

    [Fact]
    public async Task Rust_minidump_outputs_are_found_by_their_crashing_thread_function_names()
    {
        foreach (var file in TestCrashes.RustMinidumpFiles())
        {
            var uuid = "rust-" + Path.GetFileNameWithoutExtension(file).Replace('_', '-');
            _temp.Write($"crashes/{uuid}.json", TestCrashes.WrapRustMinidump(file, uuid).ToJsonString());
        }

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Files(_temp.Combine("crashes")));

        Assert.Equal((4L, 0L), (summary.Ingested, summary.Quarantined));
        string[] windows = ["rust-json-pretty-evil-symbols", "rust-json-pretty-symbols"];
        string[] macos = ["rust-macos-inlines-json-pretty"];
        Assert.Equal(windows, await LuceneIngest.FunctionAsync(IndexDirectory, PredicateOperator.Exact, "`anonymous namespace'::CrashFunction"));
        Assert.Equal(macos, await LuceneIngest.FunctionAsync(IndexDirectory, PredicateOperator.Exact, "std::rt::lang_start::<()>::{closure#0}"));
        Assert.Equal(windows, await LuceneIngest.FunctionAsync(IndexDirectory, PredicateOperator.Match, "CrashFunction"));
        Assert.Equal(macos, await LuceneIngest.FunctionAsync(IndexDirectory, PredicateOperator.Match, "lang_start"));
        Assert.Equal(macos, await LuceneIngest.FunctionAsync(IndexDirectory, PredicateOperator.Match, "closure"));
        Assert.Equal(4, (await LuceneIngest.UuidsAsync(IndexDirectory)).Count);
    }

    [Fact]
    public async Task Bad_files_among_good_ones_are_quarantined_with_their_reasons_and_the_good_ones_are_searchable()
    {
        var good = WriteMixedDirectory();

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Files(_temp.Combine("crashes")));

        Assert.Equal((3L, 3L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(good, await LuceneIngest.UuidsAsync(IndexDirectory));
        var reasons = Sidecars().ToDictionary(s => Path.GetFileName(s.Origin), s => s.Reason, StringComparer.Ordinal);
        Assert.StartsWith("invalid JSON: ", reasons["malformed.json"], StringComparison.Ordinal);
        Assert.Equal("required field 'uuid' (uuid) is missing", reasons["no-uuid.json"]);
        Assert.Equal("field 'cpu_count' (json_dump.system_info.cpu_count): expected an integer, got string \"abc\"", reasons["wrong-type.json"]);
    }

    [Fact]
    public async Task Quarantined_files_are_ingested_from_the_quarantine_folder_once_fixed()
    {
        WriteMixedDirectory();
        await LuceneIngest.RunAsync(IndexDirectory, Files(_temp.Combine("crashes")));
        var fixedCount = 0;
        foreach (var (record, _, _) in Sidecars())
            await File.WriteAllTextAsync(record, TestCrashes.Minimal($"fixed-{++fixedCount}").ToJsonString(), TestContext.Current.CancellationToken);

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Files(Path.Combine(IndexDirectory, "quarantine")));

        Assert.Equal((3L, 0L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(["fixed-1", "fixed-2", "fixed-3", "good-1", "good-2", "good-3"], await LuceneIngest.UuidsAsync(IndexDirectory));
    }

    [Fact]
    public async Task Gzipped_json_lines_and_a_stream_of_json_lines_are_ingested()
    {
        var gz = _temp.Combine("crashes.jsonl.gz");
        await using (var gzip = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        {
            foreach (var i in Enumerable.Range(1, 4))
                await gzip.WriteAsync(Encoding.UTF8.GetBytes(TestCrashes.Minimal($"gz-{i}").ToJsonString() + "\n"), TestContext.Current.CancellationToken);
        }
        var lines = string.Join("\n\n", Enumerable.Range(1, 3).Select(i => TestCrashes.Minimal($"stdin-{i}").ToJsonString()));

        Assert.Equal(4, (await LuceneIngest.RunAsync(IndexDirectory, Files(gz))).Ingested);
        Assert.Equal(3, (await LuceneIngest.RunAsync(IndexDirectory, new StreamCrashSource("stdin", () => new MemoryStream(Encoding.UTF8.GetBytes(lines))))).Ingested);

        Assert.Equal(["gz-1", "gz-2", "gz-3", "gz-4", "stdin-1", "stdin-2", "stdin-3"], await LuceneIngest.UuidsAsync(IndexDirectory));
    }

    [Fact]
    public async Task Socorro_file_system_storage_is_ingested()
    {
        string[] uuids = ["de1bb258-cbbf-4589-a673-34f802261118", "0ac3d5a1-2ab7-4c5e-9d1e-1f0e72261118"];
        foreach (var uuid in uuids)
        {
            _temp.Write($"socorro/v1/processed_crash/{uuid}", TestCrashes.Minimal(uuid).ToJsonString());
            _temp.Write($"socorro/v1/raw_crash/{uuid}", "{\"ProductName\": \"Firefox\"}");
        }

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Files(_temp.Combine("socorro")));

        Assert.Equal((2L, 0L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(uuids.Order(StringComparer.Ordinal), await LuceneIngest.UuidsAsync(IndexDirectory));
    }

    [Fact]
    public async Task Synthetic_crashes_are_ingested_and_searchable_by_signature()
    {
        var source = new SyntheticCrashSource(300, seed: 5, days: 10, TestCrashes.Date);

        var summary = await LuceneIngest.RunAsync(IndexDirectory, source);

        Assert.Equal((300L, 0L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(300, (await LuceneIngest.UuidsAsync(IndexDirectory)).Count);
        Assert.NotEmpty(await LuceneIngest.UuidsAsync(IndexDirectory, new FieldPredicate("signature", PredicateOperator.Exact, "OOM | small")));
    }

    List<string> WriteMixedDirectory()
    {
        List<string> good = ["good-1", "good-2", "good-3"];
        foreach (var uuid in good)
            _temp.Write($"crashes/{uuid}.json", TestCrashes.Minimal(uuid).ToJsonString());
        _temp.Write("crashes/bad/malformed.json", "{\"uuid\": \"broken\", ");
        var noUuid = TestCrashes.Minimal("x");
        noUuid.Remove("uuid");
        _temp.Write("crashes/bad/no-uuid.json", noUuid.ToJsonString());
        var wrongType = TestCrashes.Minimal("wrong-type");
        wrongType["json_dump"]!["system_info"]!["cpu_count"] = "abc";
        _temp.Write("crashes/bad/wrong-type.json", wrongType.ToJsonString());
        return good;
    }

    /// <summary>Quarantined records with the origin and reason of their sidecars.</summary>
    IEnumerable<(string Record, string Origin, string Reason)> Sidecars()
    {
        foreach (var sidecar in Directory.GetFiles(Path.Combine(IndexDirectory, "quarantine"), "*.reason.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(sidecar));
            var record = sidecar[..^".reason.json".Length] + ".json";
            Assert.True(File.Exists(record));
            yield return (record, json.RootElement.GetProperty("origin").GetString()!, json.RootElement.GetProperty("reason").GetString()!);
        }
    }
}
