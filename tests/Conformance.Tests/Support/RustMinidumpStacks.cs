using System.Text.Json.Nodes;

namespace CrashSearch.Conformance.Tests.Support;

/// <summary>
/// The real rust-minidump stackwalker outputs in <c>../shared/reference/rust-minidump</c>, wrapped as Socorro's
/// processor wraps them (the output becomes <c>json_dump</c>). Read at test time; never copied into the repository.
/// </summary>
internal static class RustMinidumpStacks
{
    public static readonly string[] Files =
        ["json-pretty-evil-symbols.json", "json-pretty-symbols.json", "linux_json_pretty.json", "macos_inlines_json_pretty.json"];

    /// <summary>A crash named after its file (<c>linux_json_pretty</c>, with '_' made '-' for the uuid alphabet).</summary>
    public static ProcessedCrash Wrap(string file)
    {
        var path = Path.Combine(RepositoryFiles.Shared("reference", "rust-minidump"), file);
        if (!File.Exists(path))
            Assert.Fail($"The rust-minidump reference output {path} is missing.");
        var dump = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var systemInfo = dump["system_info"]!.AsObject();
        return ProcessedCrash.FromJson(new JsonObject
        {
            ["uuid"] = UuidOf(file),
            ["product"] = "Firefox",
            ["os_name"] = systemInfo["os"]?.GetValue<string>(),
            ["cpu_arch"] = systemInfo["cpu_arch"]?.GetValue<string>(),
            ["reason"] = dump["crash_info"]?["type"]?.GetValue<string>(),
            ["crashing_thread"] = dump["crash_info"]?["crashing_thread"]?.GetValue<int>(),
            ["json_dump"] = dump,
        });
    }

    public static string UuidOf(string file) => Path.GetFileNameWithoutExtension(file).Replace('_', '-');
}
