namespace CrashSearch.Indexer.Analysis;

/// <summary>The numbers behind one judgement of <see cref="SpikeModel"/>, as a message or report shows them.</summary>
/// <param name="Key">What was counted, e.g. a signature.</param>
/// <param name="Count">Crashes in the judged window.</param>
/// <param name="Baseline">Median crashes per previous window.</param>
/// <param name="Spread">The robust standard deviation the score divides by (at least 1).</param>
/// <param name="Score">(count - baseline) / spread.</param>
/// <param name="Fired">Whether the window is a spike.</param>
public sealed record SpikeScore(string Key, long Count, double Baseline, double Spread, double Score, bool Fired);
