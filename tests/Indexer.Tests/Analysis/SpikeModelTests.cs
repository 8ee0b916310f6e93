using CrashSearch.Indexer.Analysis;

namespace CrashSearch.Indexer.Tests.Analysis;

public sealed class SpikeModelTests
{
    static readonly SpikeModel Model = new();

    /// <summary>A Poisson-distributed count (Knuth's method, fine for these means), from a seeded generator.</summary>
    static long Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        long count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }
        return count;
    }

    [Fact]
    public void A_planted_spike_fires_with_the_numbers_that_made_it()
    {
        var score = Model.Score("OOM | small", 400, [100, 96, 104, 99, 101, 98, 103]);

        Assert.True(score.Fired);
        Assert.Equal(400, score.Count);
        Assert.Equal(100, score.Baseline);
        Assert.Equal(10, score.Spread, 6);
        Assert.Equal(30, score.Score, 6);
    }

    [Fact]
    public void Steady_traffic_does_not_fire()
    {
        var score = Model.Score("steady", 100, [100, 100, 100, 100, 100, 100, 100]);

        Assert.False(score.Fired);
        Assert.Equal(0, score.Score);
    }

    [Fact]
    public void Noisy_steady_traffic_never_fires()
    {
        var random = new Random(20261203);
        var series = new List<SpikeSeries>();
        foreach (var mean in new[] { 3.0, 20, 100, 400 })
        {
            for (var i = 0; i < 250; i++)
            {
                var baseline = Enumerable.Range(0, Model.BaselineWindows).Select(_ => Poisson(random, mean)).ToList();
                series.Add(new SpikeSeries($"{mean}/{i}", Poisson(random, mean), baseline));
            }
        }

        Assert.Empty(Model.Spikes(series));
    }

    [Fact]
    public void A_new_signature_that_rises_fast_fires_and_a_trickle_does_not()
    {
        var spikes = Model.Spikes(
        [
            new SpikeSeries("new and fast", 40, [0, 0, 0, 0, 0, 0, 0]),
            new SpikeSeries("new, a trickle", 3, [0, 0, 0, 0, 0, 0, 0]),
            new SpikeSeries("never seen before", 25, []),
        ]);

        Assert.Equal(["new and fast", "never seen before"], spikes.Select(s => s.Key));
        Assert.Equal(40, spikes[0].Score);
    }

    [Fact]
    public void A_doubling_of_a_large_signature_fires_and_a_ten_percent_rise_does_not()
    {
        Assert.True(Model.Score("doubled", 2_000, [1_000, 1_010, 990, 1_005, 995, 1_000, 1_002]).Fired);
        Assert.False(Model.Score("ten percent", 1_100, [1_000, 1_010, 990, 1_005, 995, 1_000, 1_002]).Fired);
    }
}
