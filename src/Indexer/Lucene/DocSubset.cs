namespace CrashSearch.Indexer.Lucene;

/// <summary>Documents an aggregation runs over (all matches, or one parent bucket's): one slice per segment.</summary>
internal sealed record DocSubset(DocSlice[] Slices)
{
    public static DocSubset Of(MatchedDocs matches) =>
        new(matches.Segments.Select(s => new DocSlice(s.Docs, 0, s.Count)).ToArray());
}
