using System.Globalization;
using System.Text.Json;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Synthetic;

namespace CrashSearch.Ingest.Tests.Synthetic;

public sealed class SyntheticCrashGeneratorTests
{
    static readonly DateTimeOffset Reference = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    static readonly Lazy<List<(byte[] Json, CrashDocument Document)>> Sample = new(() => Generate(1, 3000));

    static List<(byte[] Json, CrashDocument Document)> Generate(int seed, int count)
    {
        var generator = new SyntheticCrashGenerator(seed, Reference, 30);
        var builder = new CrashDocumentBuilder(FieldCatalogue.Default);
        return [.. Enumerable.Range(0, count).Select(i => generator.Generate(i)).Select(json => (json, builder.Build(json)))];
    }

    static string Text(CrashDocument document, string field) => (string)document.Values[field][0];

    [Fact]
    public void Same_seed_and_reference_time_give_byte_identical_crashes()
    {
        var first = new SyntheticCrashGenerator(7, Reference, 30);
        var second = new SyntheticCrashGenerator(7, Reference, 30);
        for (var i = 0; i < 300; i++)
            Assert.Equal(first.Generate(i), second.Generate(i));
        // Each crash depends only on its number, so generating out of order changes nothing.
        Assert.Equal(first.Generate(5), new SyntheticCrashGenerator(7, Reference, 30).Generate(5));
    }

    [Fact]
    public void The_date_of_a_crash_is_known_without_generating_it_and_orders_the_numbers()
    {
        var generator = new SyntheticCrashGenerator(3, Reference, 30);
        var dates = Sample.Value.Select(s => s.Document.Date).ToList();
        var sample = new SyntheticCrashGenerator(1, Reference, 30);
        Assert.Equal(dates, Enumerable.Range(0, dates.Count).Select(i => sample.DateOf(i)));

        var order = generator.InDateOrder(2000);
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => (long)i), order.Order());
        var ordered = order.Select(i => generator.DateOf(i)).ToList();
        Assert.Equal(ordered.Order(), ordered);
        Assert.Equal(generator.DateOf(order[0]), Enumerable.Range(0, 2000).Min(i => generator.DateOf(i)));
    }

    [Fact]
    public void Another_seed_or_reference_time_gives_other_crashes()
    {
        var crash = new SyntheticCrashGenerator(7, Reference, 30).Generate(0);
        Assert.NotEqual(crash, new SyntheticCrashGenerator(8, Reference, 30).Generate(0));
        Assert.NotEqual(crash, new SyntheticCrashGenerator(7, Reference.AddDays(1), 30).Generate(0));
    }

    [Fact]
    public void Every_crash_is_a_valid_processed_crash_with_a_stack()
    {
        foreach (var (_, document) in Sample.Value)
        {
            Assert.NotEmpty(document.Frames);
            Assert.True(document.Values.ContainsKey("signature"));
            Assert.True(document.Values.ContainsKey("cpu_count"));
            Assert.True(document.Values.ContainsKey("build_id"));
        }
        Assert.Equal(Sample.Value.Count, Sample.Value.Select(s => s.Document.Uuid).Distinct().Count());
    }

    [Fact]
    public void Dates_spread_over_the_days_before_the_reference_time_and_uuids_end_with_the_date()
    {
        var dates = Sample.Value.Select(s => s.Document.Date).ToList();
        Assert.All(dates, date => Assert.InRange(date, Reference.AddDays(-30), Reference));
        Assert.True(dates.Select(d => d.UtcDateTime.Date).Distinct().Count() >= 28);
        Assert.All(Sample.Value, s => Assert.EndsWith("2" + s.Document.Date.ToString("yyMMdd", CultureInfo.InvariantCulture), s.Document.Uuid, StringComparison.Ordinal));
        Assert.All(Sample.Value, s => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$", s.Document.Uuid));
    }

    [Fact]
    public void Crashes_cover_products_platforms_channels_and_process_types()
    {
        var documents = Sample.Value.Select(s => s.Document).ToList();
        Assert.Equal(["Fenix", "Firefox", "Focus", "Thunderbird"], documents.Select(d => Text(d, "product")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Android", "Linux", "Mac OS X", "Windows NT"], documents.Select(d => Text(d, "platform")).Distinct().Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "release", "beta", "nightly", "esr" }, documents.Select(d => Text(d, "release_channel")).ToHashSet());
        Assert.True(documents.Select(d => Text(d, "process_type")).Distinct().Count() >= 5);
        Assert.True(documents.Select(d => Text(d, "reason")).Distinct().Count() >= 10);
        Assert.Contains(documents, d => d.Values.ContainsKey("moz_crash_reason"));
        Assert.Contains(documents, d => d.Values.ContainsKey("abort_message"));
        Assert.Contains(documents, d => d.Values.ContainsKey("memory_explicit"));
        Assert.Contains(documents, d => d.Values.ContainsKey("addons") && d.Values["addons"].Count > 4);
        Assert.All(documents.Where(d => Text(d, "platform") == "Android"), d => Assert.True(d.Values.ContainsKey("android_model")));
    }

    [Fact]
    public void Versions_follow_the_reference_time()
    {
        var releases = Sample.Value.Select(s => s.Document).Where(d => Text(d, "product") == "Firefox" && Text(d, "release_channel") == "release").ToList();
        // Firefox 145 shipped in November 2025 and a major version follows every four weeks.
        var expected = 145 + (int)((Reference - new DateTimeOffset(2025, 11, 11, 0, 0, 0, TimeSpan.Zero)).TotalDays / 28);
        Assert.Equal(expected, releases.Max(d => (long)d.Values["major_version"][0]));
        Assert.Contains(releases, d => Text(d, "version") == $"{expected}.0");
    }

    [Fact]
    public void Stacks_mix_cpp_rust_and_java_symbols()
    {
        var functions = Sample.Value.SelectMany(s => s.Document.Frames).Select(f => f.Function).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.Contains(functions, f => f.StartsWith("mozilla::dom::", StringComparison.Ordinal));
        Assert.Contains(functions, f => f.StartsWith("`anonymous namespace'::", StringComparison.Ordinal));
        Assert.Contains(functions, f => f.Contains("<mozilla::", StringComparison.Ordinal));
        Assert.Contains(functions, f => f.StartsWith("core::", StringComparison.Ordinal) && f.Contains("::<", StringComparison.Ordinal));
        Assert.Contains(functions, f => f.Contains("{closure#0}", StringComparison.Ordinal));
        Assert.Contains(functions, f => f.StartsWith("org.mozilla.", StringComparison.Ordinal) && f.Contains('$', StringComparison.Ordinal));
        Assert.True(functions.Count > 150);
        Assert.Contains(Sample.Value.SelectMany(s => s.Document.Frames), f => f.Function is null && f.Module is not null);
    }

    [Fact]
    public void Signature_popularity_is_Zipf_like()
    {
        var counts = Sample.Value.GroupBy(s => Text(s.Document, "signature")).Select(g => g.Count()).OrderDescending().ToList();
        var total = (double)Sample.Value.Count;
        Assert.InRange(counts[0] / total, 0.05, 0.4);
        Assert.True(counts.Take(10).Sum() / total > 0.3, "the top ten signatures should cover a large share");
        Assert.True(counts.Count > 150, $"a long tail of signatures is expected, got {counts.Count}");
        Assert.True(counts.Count(c => c == 1) > 30, "many signatures should be seen once");
    }

    [Fact]
    public void Signatures_are_built_from_the_top_frames()
    {
        var checkedCrashes = 0;
        foreach (var (json, document) in Sample.Value)
        {
            var signature = Text(document, "signature");
            if (signature.StartsWith("OOM | small", StringComparison.Ordinal) || signature.Contains(": ", StringComparison.Ordinal))
                continue;
            using var crash = JsonDocument.Parse(json);
            var proto = crash.RootElement.GetProperty("proto_signature").GetString()!;
            foreach (var part in signature.Replace("OOM | large | ", "", StringComparison.Ordinal).Split(" | "))
                Assert.Contains(part, proto, StringComparison.Ordinal);
            checkedCrashes++;
        }
        Assert.True(checkedCrashes > 1000);
        Assert.Contains(Sample.Value, s => Text(s.Document, "signature") == "OOM | small");
        Assert.Contains(Sample.Value, s => Text(s.Document, "signature").Contains(" | ", StringComparison.Ordinal) && !Text(s.Document, "signature").StartsWith("OOM", StringComparison.Ordinal));
    }

    [Fact]
    public void Protected_fields_are_filled_in_a_minority_of_crashes()
    {
        var total = (double)Sample.Value.Count;
        double Share(string field) => Sample.Value.Count(s => s.Document.Values.ContainsKey(field)) / total;
        Assert.InRange(Share("url"), 0.1, 0.4);
        Assert.InRange(Share("user_comments"), 0.01, 0.15);
        Assert.InRange(Share("email"), 0.005, 0.1);
    }

    [Fact]
    public void Crashes_are_sized_like_real_processed_crashes()
    {
        var average = Sample.Value.Average(s => s.Json.Length);
        Assert.InRange(average, 4_000, 40_000);
    }
}
