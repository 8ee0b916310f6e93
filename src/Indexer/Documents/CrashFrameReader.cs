using System.Globalization;
using System.Text.Json;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// Reads the crashing thread's frames: <c>json_dump.crashing_thread.frames</c> when the processor copied them there,
/// else <c>json_dump.threads[i].frames</c> with i from the top-level <c>crashing_thread</c> or
/// <c>json_dump.crash_info.crashing_thread</c>.
/// </summary>
static class CrashFrameReader
{
    /// <summary>
    /// The frames, top first, up to <see cref="CrashDocumentBuilder.MaxFrames"/>; <paramref name="dropped"/> counts
    /// the rest.
    /// </summary>
    public static IReadOnlyList<CrashFrame> Read(JsonElement crash, out int dropped)
    {
        dropped = 0;
        if (!TryGet(crash, "json_dump"u8, out var dump))
            return [];
        if (dump.ValueKind != JsonValueKind.Object)
            throw new InvalidCrashException($"json_dump: expected an object, got {JsonValueDescription.Of(dump)}");

        if (TryGet(dump, "crashing_thread"u8, out var crashingThread)
            && crashingThread.ValueKind == JsonValueKind.Object
            && TryGet(crashingThread, "frames"u8, out var frames))
        {
            return ReadFrames(frames, "json_dump.crashing_thread.frames", out dropped);
        }

        if (CrashingThreadIndex(crash, dump) is not { } index
            || !TryGet(dump, "threads"u8, out var threads)
            || threads.ValueKind != JsonValueKind.Array
            || index < 0 || index >= threads.GetArrayLength())
        {
            return [];
        }
        var thread = threads[index];
        if (thread.ValueKind != JsonValueKind.Object || !TryGet(thread, "frames"u8, out frames))
            return [];
        var path = string.Create(CultureInfo.InvariantCulture, $"json_dump.threads[{index}].frames");
        return ReadFrames(frames, path, out dropped);
    }

    static int? CrashingThreadIndex(JsonElement crash, JsonElement dump)
    {
        if (TryGet(crash, "crashing_thread"u8, out var topLevel))
            return AsInt(topLevel);
        if (TryGet(dump, "crash_info"u8, out var info) && info.ValueKind == JsonValueKind.Object && TryGet(info, "crashing_thread"u8, out var nested))
            return AsInt(nested);
        return null;
    }

    static int? AsInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    static CrashFrame[] ReadFrames(JsonElement frames, string path, out int dropped)
    {
        if (frames.ValueKind != JsonValueKind.Array)
            throw new InvalidCrashException($"{path}: expected an array of frames, got {JsonValueDescription.Of(frames)}");
        var count = frames.GetArrayLength();
        var result = new CrashFrame[Math.Min(count, CrashDocumentBuilder.MaxFrames)];
        dropped = count - result.Length;
        var position = 0;
        foreach (var frame in frames.EnumerateArray())
        {
            if (position == result.Length)
                break;
            result[position] = ReadFrame(frame, position, path);
            position++;
        }
        return result;
    }

    static CrashFrame ReadFrame(JsonElement frame, int position, string path)
    {
        if (frame.ValueKind != JsonValueKind.Object)
            throw new InvalidCrashException($"{path}[{position}]: expected a frame object, got {JsonValueDescription.Of(frame)}");
        var index = ReadInt(frame, "frame"u8, "frame", position, path) ?? position;
        if (index < 0)
            throw new InvalidCrashException($"{path}[{position}].frame: expected a frame number of 0 or more, got {index}");
        return new CrashFrame(
            index,
            ReadString(frame, "function"u8, "function", position, path),
            ReadString(frame, "module"u8, "module", position, path),
            ReadString(frame, "file"u8, "file", position, path),
            ReadInt(frame, "line"u8, "line", position, path));
    }

    static string? ReadString(JsonElement frame, ReadOnlySpan<byte> utf8Name, string name, int position, string path)
    {
        if (!TryGet(frame, utf8Name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new InvalidCrashException($"{path}[{position}].{name}: expected a string, got {JsonValueDescription.Of(value)}");
        var text = value.GetString();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    static int? ReadInt(JsonElement frame, ReadOnlySpan<byte> utf8Name, string name, int position, string path)
    {
        if (!TryGet(frame, utf8Name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            throw new InvalidCrashException($"{path}[{position}].{name}: expected an integer, got {JsonValueDescription.Of(value)}");
        return number;
    }

    /// <summary>The property's value, treating JSON null like a missing property.</summary>
    static bool TryGet(JsonElement element, ReadOnlySpan<byte> utf8Name, out JsonElement value) =>
        element.TryGetProperty(utf8Name, out value) && value.ValueKind != JsonValueKind.Null;
}
