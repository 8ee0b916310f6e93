namespace CrashSearch.Ingest.Synthetic;

/// <summary>A released build of a product: version text, major version, channel, build id and source repository.</summary>
internal sealed record ProductVersion(string Version, int Major, string Channel, DateTimeOffset BuildDate, string Repository)
{
    /// <summary>Nightly builds happen twice a day, so their build id follows the crash date instead.</summary>
    public bool IsNightly => Channel == "nightly";
}
