namespace CrashSearch.Ingest.Synthetic;

/// <summary>Operating systems of synthetic crashes; flags so that a crash site can name where it happens.</summary>
[Flags]
internal enum PlatformFamily
{
    None = 0,
    Windows = 1,
    Linux = 2,
    Mac = 4,
    Android = 8,
    Desktop = Windows | Linux | Mac,
    All = Desktop | Android,
}
