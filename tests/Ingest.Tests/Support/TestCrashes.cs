using System.Text.Json.Nodes;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>Small hand-made processed crashes, and the rust-minidump reference outputs wrapped as processed crashes.</summary>
public static class TestCrashes
{
    public static readonly DateTimeOffset Date = new(2026, 11, 18, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A valid processed crash with a few annotations and a two-frame crashing thread.</summary>
    public static JsonObject Minimal(string uuid, string signature = "mozilla::dom::Foo::Bar", string function = "mozilla::dom::Foo::Bar(int)") => new()
    {
        ["uuid"] = uuid,
        ["date_processed"] = "2026-11-18 09:30:00.000000+00:00",
        ["product"] = "Firefox",
        ["version"] = "145.0",
        ["signature"] = signature,
        ["os_name"] = "Windows NT",
        ["build"] = "20261101123456",
        ["json_dump"] = new JsonObject
        {
            ["system_info"] = new JsonObject { ["cpu_count"] = 8 },
            ["crashing_thread"] = new JsonObject
            {
                ["frames"] = new JsonArray(
                    new JsonObject { ["frame"] = 0, ["function"] = function, ["module"] = "xul.dll", ["file"] = "dom/base/Foo.cpp", ["line"] = 12 },
                    new JsonObject { ["frame"] = 1, ["function"] = "nsThread::ProcessNextEvent(bool, bool*)", ["module"] = "xul.dll" }),
            },
        },
    };

    /// <summary>The reference stackwalker outputs in shared/reference/rust-minidump.</summary>
    public static IReadOnlyList<string> RustMinidumpFiles()
    {
        var directory = RepositoryFiles.Shared("reference", "rust-minidump");
        return [.. Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal)];
    }

    /// <summary>A stackwalker output as Socorro's processor would wrap it: uuid, date, product, and the output as json_dump.</summary>
    public static JsonObject WrapRustMinidump(string file, string uuid)
    {
        var dump = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var systemInfo = dump["system_info"]!.AsObject();
        return new JsonObject
        {
            ["uuid"] = uuid,
            ["date_processed"] = "2026-11-18T10:00:00.000000+00:00",
            ["product"] = "Firefox",
            ["version"] = "145.0",
            ["release_channel"] = "release",
            ["os_name"] = systemInfo["os"]?.GetValue<string>(),
            ["os_version"] = systemInfo["os_ver"]?.GetValue<string>(),
            ["cpu_arch"] = systemInfo["cpu_arch"]?.GetValue<string>(),
            ["reason"] = dump["crash_info"]?["type"]?.GetValue<string>(),
            ["crashing_thread"] = dump["crash_info"]?["crashing_thread"]?.GetValue<int>(),
            ["json_dump"] = dump,
        };
    }
}
