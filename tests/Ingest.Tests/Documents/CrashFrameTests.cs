using System.Text;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.Documents;

public sealed class CrashFrameTests
{
    static readonly CrashDocumentBuilder Builder = new(FieldCatalogue.Default);

    static IReadOnlyList<CrashFrame> Frames(JsonObject crash) => Builder.Build(Encoding.UTF8.GetBytes(crash.ToJsonString())).Frames;

    static string Refused(JsonObject crash) =>
        Assert.Throws<InvalidCrashException>(() => Builder.Build(Encoding.UTF8.GetBytes(crash.ToJsonString()))).Message;

    static JsonObject Frame(int number, string? function, string? module = "xul.dll") =>
        new() { ["frame"] = number, ["function"] = function, ["module"] = module };

    static JsonObject WithThreads(int? topLevelIndex, int? crashInfoIndex, params JsonArray[] threadFrames)
    {
        var crash = TestCrashes.Minimal("u1");
        var dump = new JsonObject
        {
            ["threads"] = new JsonArray([.. threadFrames.Select(frames => (JsonNode)new JsonObject { ["frames"] = frames })]),
        };
        if (crashInfoIndex is { } nested)
            dump["crash_info"] = new JsonObject { ["crashing_thread"] = nested };
        crash["json_dump"] = dump;
        if (topLevelIndex is { } index)
            crash["crashing_thread"] = index;
        return crash;
    }

    [Fact]
    public void Frames_come_from_json_dump_crashing_thread()
    {
        var frames = Frames(TestCrashes.Minimal("u1", function: "mozilla::dom::Foo::Bar(int)"));
        Assert.Equal(
            [new CrashFrame(0, "mozilla::dom::Foo::Bar(int)", "xul.dll", "dom/base/Foo.cpp", 12), new CrashFrame(1, "nsThread::ProcessNextEvent(bool, bool*)", "xul.dll", null, null)],
            frames);
    }

    [Fact]
    public void Without_a_crashing_thread_copy_frames_come_from_the_thread_the_top_level_crashing_thread_names()
    {
        var crash = WithThreads(1, 0, [Frame(0, "idle")], [Frame(0, "crashed::here"), Frame(1, "caller")]);
        Assert.Equal(["crashed::here", "caller"], Frames(crash).Select(f => f.Function));
    }

    [Fact]
    public void Without_a_top_level_crashing_thread_crash_info_names_the_thread()
    {
        var crash = WithThreads(null, 1, [Frame(0, "idle")], [Frame(0, "crashed::here")]);
        Assert.Equal(["crashed::here"], Frames(crash).Select(f => f.Function));
    }

    [Fact]
    public void The_crashing_thread_copy_wins_over_threads()
    {
        var crash = WithThreads(0, null, [Frame(0, "from::threads")]);
        crash["json_dump"]!["crashing_thread"] = new JsonObject { ["frames"] = new JsonArray(Frame(0, "from::copy")) };
        Assert.Equal(["from::copy"], Frames(crash).Select(f => f.Function));
    }

    [Fact]
    public void A_crash_without_stack_has_no_frames()
    {
        var crash = TestCrashes.Minimal("u1");
        crash.Remove("json_dump");
        Assert.Empty(Frames(crash));
        Assert.Empty(Frames(WithThreads(5, null, [Frame(0, "only")])));
        Assert.Empty(Frames(WithThreads(null, null, [Frame(0, "only")])));
    }

    [Fact]
    public void Frame_numbers_are_kept_and_the_position_stands_in_when_missing()
    {
        var crash = WithThreads(0, null, [Frame(0, "a"), new JsonObject { ["function"] = "b" }, Frame(7, "after::truncation")]);
        Assert.Equal([0, 1, 7], Frames(crash).Select(f => f.Index));
    }

    [Fact]
    public void Missing_and_empty_frame_values_are_null()
    {
        var crash = WithThreads(0, null, [new JsonObject { ["frame"] = 0, ["function"] = "", ["module"] = null, ["line"] = null }]);
        Assert.Equal([new CrashFrame(0, null, null, null, null)], Frames(crash));
    }

    [Fact]
    public void Stacks_are_capped_at_500_frames()
    {
        var frames = new JsonArray([.. Enumerable.Range(0, 700).Select(i => (JsonNode)Frame(i, $"f{i}"))]);
        var result = Frames(WithThreads(0, null, frames));
        Assert.Equal(CrashDocumentBuilder.MaxFrames, result.Count);
        Assert.Equal("f499", result[^1].Function);
    }

    [Fact]
    public void A_frame_value_of_the_wrong_type_is_refused()
    {
        Assert.Equal("json_dump.threads[0].frames[1].function: expected a string, got number 12",
            Refused(WithThreads(0, null, [Frame(0, "a"), new JsonObject { ["function"] = 12 }])));
        Assert.Equal("json_dump.threads[0].frames[0].line: expected an integer, got string \"12\"",
            Refused(WithThreads(0, null, [new JsonObject { ["line"] = "12" }])));
        Assert.Equal("json_dump.threads[0].frames[0].frame: expected an integer, got boolean true",
            Refused(WithThreads(0, null, [new JsonObject { ["frame"] = true }])));
    }

    [Fact]
    public void Frames_that_are_not_a_list_of_objects_are_refused()
    {
        var crash = TestCrashes.Minimal("u1");
        crash["json_dump"]!["crashing_thread"]!["frames"] = "none";
        Assert.Equal("json_dump.crashing_thread.frames: expected an array of frames, got string \"none\"", Refused(crash));
        crash["json_dump"]!["crashing_thread"]!["frames"] = new JsonArray(1);
        Assert.Equal("json_dump.crashing_thread.frames[0]: expected a frame object, got number 1", Refused(crash));
        crash["json_dump"] = "dump";
        Assert.StartsWith("field 'cpu_count' (json_dump.system_info.cpu_count): expected an object at 'json_dump'", Refused(crash), StringComparison.Ordinal);
    }
}
