namespace CrashSearch.Ingest.Sources;

/// <summary>What a <see cref="SourceSize"/> counts.</summary>
internal enum SourceSizeUnit
{
    Records,
    Bytes,
}
