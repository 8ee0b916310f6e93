namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>The four ways a week's folder was found damaged (issue 16), applied to a closed index.</summary>
public static class WeekFolderDamage
{
    public const string TruncatedStoredFields = "a truncated .fdt";
    public const string MissingPostings = "a missing postings file";
    public const string DeletedCommit = "a deleted segments_N";
    public const string CutCommit = "segments_N cut to 10 bytes";

    public static TheoryData<string> All => [TruncatedStoredFields, MissingPostings, DeletedCommit, CutCommit];

    public static void Apply(string weekFolder, string damage)
    {
        switch (damage)
        {
            case TruncatedStoredFields:
                Truncate(First(weekFolder, "*.fdt"), length => length / 2);
                break;
            case MissingPostings:
                File.Delete(First(weekFolder, "*.doc"));
                break;
            case DeletedCommit:
                File.Delete(First(weekFolder, "segments_*"));
                break;
            case CutCommit:
                Truncate(First(weekFolder, "segments_*"), _ => 10);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "Unknown damage.");
        }
    }

    static string First(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).First();

    static void Truncate(string file, Func<long, long> length)
    {
        using var stream = File.OpenWrite(file);
        stream.SetLength(length(stream.Length));
    }
}
