using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Generates realistic processed crashes (UTF-8 JSON): products, versions, platforms, Zipf-popular signatures and
/// functions, full stackwalker output. Crash number <c>i</c> depends only on the seed, the reference time and
/// <c>i</c>, so the same inputs give byte-identical crashes. Not thread-safe: one generator per thread.
/// </summary>
internal sealed class SyntheticCrashGenerator
{
    static readonly JsonWriterOptions WriterOptions = new()
    {
        // Stackwalkers write symbols like `anonymous namespace' and <T> as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    readonly ulong _seed;
    readonly SyntheticCrashPlanner _planner;
    readonly SyntheticCrashWriter _writer = new();
    readonly ArrayBufferWriter<byte> _buffer = new(32 * 1024);
    readonly Utf8JsonWriter _json;

    /// <param name="seed">Decides which crashes happen.</param>
    /// <param name="referenceTime">Crashes are dated in the <paramref name="days"/> days before it.</param>
    /// <param name="days">Width of the date window, at least 1.</param>
    public SyntheticCrashGenerator(int seed, DateTimeOffset referenceTime, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        _seed = (ulong)(uint)seed;
        _planner = new SyntheticCrashPlanner(referenceTime, days);
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    /// <summary>Processed crash number <paramref name="index"/>.</summary>
    public byte[] Generate(long index)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        var random = new SyntheticRandom(SyntheticRandom.Mix(_seed, (ulong)index));
        var crash = _planner.Plan(ref random);
        _writer.Write(_json, crash, ref random);
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }
}
