namespace CrashSearch.Ingest.Progress;

/// <summary>The second line of the display: a share done (drawn as a bar) and its words, or only words.</summary>
internal sealed record IngestProgressLine(double? Share, string Text);
