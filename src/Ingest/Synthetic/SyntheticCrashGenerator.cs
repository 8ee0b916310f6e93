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

    /// <summary>The date_processed of crash number <paramref name="index"/>, at a small part of the cost of generating it.</summary>
    public DateTimeOffset DateOf(long index)
    {
        var random = Stream(index);
        return _planner.DateOf(ref random);
    }

    /// <summary>
    /// The numbers 0 to <paramref name="count"/> - 1 in the order of their crashes' dates (ties by number): the order
    /// in which a processor writes crashes and the PostgreSQL source reads them.
    /// </summary>
    public long[] InDateOrder(long count)
    {
        var numbers = new long[count];
        var ticks = new long[count];
        for (long i = 0; i < count; i++)
        {
            numbers[i] = i;
            ticks[i] = DateOf(i).UtcTicks;
        }
        // A stable order for equal dates: the sort is not stable, so ties are broken by number explicitly.
        Array.Sort(numbers, (a, b) => ticks[a] != ticks[b] ? ticks[a].CompareTo(ticks[b]) : a.CompareTo(b));
        return numbers;
    }

    /// <summary>Processed crash number <paramref name="index"/>.</summary>
    public byte[] Generate(long index)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        var random = Stream(index);
        var crash = _planner.Plan(ref random);
        _writer.Write(_json, crash, ref random);
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    SyntheticRandom Stream(long index) => new(SyntheticRandom.Mix(_seed, (ulong)index));
}
