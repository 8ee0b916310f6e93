using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Synthetic;
using CrashSearch.Ingest.Tests.Support;
using Json.Schema;

namespace CrashSearch.Ingest.Tests.Schema;

public sealed class ProcessedCrashSchemaTests
{
    static readonly string SchemaText = File.ReadAllText(RepositoryFiles.PathOf("schema", "processed-crash.schema.json"));
    static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText));
    static readonly JsonObject SchemaJson = JsonNode.Parse(SchemaText)!.AsObject();

    static string Problems(JsonElement crash)
    {
        var results = Schema.Value.Evaluate(crash, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return "";
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        return string.Join("\n", errors.Take(10));
    }

    static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>Follows local "$ref"s (#/$defs/...).</summary>
    static JsonObject Resolve(JsonObject node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
            node = SchemaJson["$defs"]![reference["#/$defs/".Length..]]!.AsObject();
        return node;
    }

    static JsonObject? Property(JsonObject node, string name) => Resolve(node)["properties"]?[name]?.AsObject();

    [Fact]
    public void The_schema_is_a_draft_2020_12_schema() =>
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", SchemaJson["$schema"]!.GetValue<string>());

    [Fact]
    public void Every_catalogue_source_path_is_declared_in_the_schema()
    {
        var missing = new List<string>();
        foreach (var field in FieldCatalogue.Default.Fields.Where(f => f.FrameProperty is null))
        {
            JsonObject? node = SchemaJson;
            foreach (var part in field.Source.Split('.'))
                node = node is null ? null : Property(node, part);
            if (node is null)
                missing.Add($"{field.Name} ({field.Source})");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void The_frame_properties_that_stack_fields_read_are_declared_for_both_frame_locations()
    {
        var dump = Property(SchemaJson, "json_dump")!;
        var copyFrames = Property(Property(dump, "crashing_thread")!, "frames")!;
        var threadFrames = Property(Resolve(Property(dump, "threads")!)["items"]!.AsObject(), "frames")!;
        foreach (var frames in new[] { copyFrames, threadFrames })
        {
            var frame = Resolve(Resolve(frames)["items"]!.AsObject());
            foreach (var field in FieldCatalogue.Default.Fields.Where(f => f.FrameProperty is not null))
                Assert.NotNull(Property(frame, field.FrameProperty!));
            Assert.NotNull(Property(frame, "line"));
            Assert.NotNull(Property(frame, "frame"));
        }
        Assert.NotNull(Property(Property(dump, "crash_info")!, "crashing_thread"));
    }

    [Fact]
    public void Synthetic_crashes_validate()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var generator = new SyntheticCrashGenerator(seed, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), 30);
            for (var i = 0; i < 300; i++)
            {
                using var crash = JsonDocument.Parse(generator.Generate(i));
                Assert.Equal("", Problems(crash.RootElement));
            }
        }
    }

    [Fact]
    public void The_rust_minidump_outputs_wrapped_as_processed_crashes_validate()
    {
        var files = TestCrashes.RustMinidumpFiles();
        Assert.Equal(4, files.Count);
        foreach (var file in files)
            Assert.Equal("", Problems(Parse(TestCrashes.WrapRustMinidump(file, "rust-minidump-1").ToJsonString())));
    }

    [Fact]
    public void The_test_crash_validates_and_loses_validity_without_uuid_or_with_wrong_types()
    {
        var crash = TestCrashes.Minimal("u1");
        Assert.Equal("", Problems(Parse(crash.ToJsonString())));
        crash.Remove("uuid");
        Assert.NotEqual("", Problems(Parse(crash.ToJsonString())));
        crash = TestCrashes.Minimal("u1");
        crash["json_dump"]!["system_info"]!["cpu_count"] = "abc";
        Assert.NotEqual("", Problems(Parse(crash.ToJsonString())));
        crash = TestCrashes.Minimal("u1");
        crash["date_processed"] = "yesterday";
        Assert.NotEqual("", Problems(Parse(crash.ToJsonString())));
    }
}
