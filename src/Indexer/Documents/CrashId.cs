namespace CrashSearch.Indexer.Documents;

/// <summary>
/// Loose validation of crash ids. Socorro's are 36-character UUIDs whose tail encodes the submission date, but
/// other pipelines use other shapes; what matters is a safe, bounded document id.
/// </summary>
static class CrashId
{
    public const int MaxLength = 64;

    public static bool IsValid(string id)
    {
        if (id.Length is 0 or > MaxLength)
            return false;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                return false;
        }
        return true;
    }
}
