namespace CrashSearch.Ingest.Synthetic;

/// <summary>An operating system release: os_version, os_pretty_version and, on Android, android_version.</summary>
internal sealed record OsRelease(string Version, string PrettyVersion, string? AndroidVersion = null);
