using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CrashSearch.Conformance.Tests.Support;

/// <summary>
/// A small processed crash in Socorro's JSON shape (source names such as <c>os_name</c>, <c>build</c>,
/// <c>json_dump.system_info.cpu_count</c>), so that documents go through the real <c>CrashDocumentBuilder</c>.
/// </summary>
public sealed class ProcessedCrash
{
    readonly JsonObject _json;

    public ProcessedCrash(string uuid) => _json = new JsonObject { ["uuid"] = uuid };

    ProcessedCrash(JsonObject json) => _json = json;

    public string Uuid => (string)_json["uuid"]!;

    public bool HasDate => _json.ContainsKey("date_processed");

    /// <summary>A crash from a whole JSON object (for example a wrapped stackwalker output).</summary>
    public static ProcessedCrash FromJson(JsonObject json) => new(json);

    public ProcessedCrash At(DateTimeOffset date)
    {
        _json["date_processed"] = date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>Sets a value at a dotted source path, creating the objects on the way.</summary>
    public ProcessedCrash With(string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = _json;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JsonObject next)
            {
                next = [];
                target[part] = next;
            }
            target = next;
        }
        target[parts[^1]] = value;
        return this;
    }

    /// <summary>A JSON array of strings at a dotted source path.</summary>
    public ProcessedCrash WithList(string path, params string[] values) =>
        With(path, new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]));

    /// <summary>The crashing thread's frames, top first, with only function names (null: a frame without symbols).</summary>
    public ProcessedCrash Functions(params string?[] functions) =>
        Frames([.. functions.Select(f => (f, (string?)"xul.dll", (string?)null))]);

    /// <summary>The crashing thread's frames, top first.</summary>
    public ProcessedCrash Frames(params (string? Function, string? Module, string? File)[] frames)
    {
        var array = new JsonArray();
        for (var i = 0; i < frames.Length; i++)
        {
            var frame = new JsonObject { ["frame"] = i };
            if (frames[i].Function is { } function)
                frame["function"] = function;
            if (frames[i].Module is { } module)
                frame["module"] = module;
            if (frames[i].File is { } file)
                frame["file"] = file;
            array.Add(frame);
        }
        return With("json_dump.crashing_thread.frames", array);
    }

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(_json.ToJsonString());
}
