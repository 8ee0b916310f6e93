using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Synthetic;

namespace CrashSearch.Ingest.Tests.Sources;

public sealed class SyntheticCrashSourceTests
{
    [Fact]
    public async Task A_synthetic_source_yields_the_generator_s_crashes_in_order()
    {
        var reference = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var records = await new SyntheticCrashSource(5, seed: 3, days: 7, reference).ReadAllAsync();
        var generator = new SyntheticCrashGenerator(3, reference, 7);
        Assert.Equal(5, records.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal($"synthetic:3#{i}", records[i].Origin);
            Assert.Equal(generator.Generate(i), records[i].Data.ToArray());
        }
    }
}
