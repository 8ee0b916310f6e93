namespace CrashSearch.Ingest.Sources;

/// <summary>File-name rules for crash files.</summary>
internal static class CrashFiles
{
    /// <summary>The sidecar that <see cref="Quarantine"/> writes next to each quarantined record.</summary>
    public const string ReasonSuffix = ".reason.json";

    const string SocorroDirectory = "processed_crash";

    public static CrashFileKind KindOf(string file)
    {
        var name = Path.GetFileName(file);
        if (name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
            return CrashFileKind.GzipJsonLines;
        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return CrashFileKind.JsonLines;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsSocorroStorage(file))
            return CrashFileKind.SingleCrash;
        return CrashFileKind.Unsupported;
    }

    /// <summary>Whether a directory scan reads the file: crash JSON, not quarantine sidecars or hidden files.</summary>
    public static bool IsInDirectoryScan(string file)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith('.') || name.EndsWith(ReasonSuffix, StringComparison.OrdinalIgnoreCase))
            return false;
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsSocorroStorage(file);
    }

    public static string UnsupportedMessage(string file) =>
        $"The source file '{file}' is not a crash file: expected .json (one crash), .jsonl or .jsonl.gz (one crash per line), or a Socorro processed_crash/<uuid> file.";

    static bool IsSocorroStorage(string file) =>
        !Path.HasExtension(file) && string.Equals(Path.GetFileName(Path.GetDirectoryName(file)), SocorroDirectory, StringComparison.Ordinal);
}
