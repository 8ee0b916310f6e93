using System.Globalization;
using System.Text;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Why a week's folder could not be read, and the state of its files then: the week stays damaged, without another
/// attempt, until a file is added, removed or rewritten (a repair, a re-ingest, or the writing process committing).
/// </summary>
internal sealed record WeekDamage(string Reason, string Files)
{
    public static WeekDamage Of(Exception exception, string folder) =>
        new(Describe(exception, folder), FilesOf(folder));

    /// <summary>
    /// Index files without a commit: a deleted <c>segments_N</c> (a week's writer commits as soon as it opens).
    /// </summary>
    public static WeekDamage NoCommit(string folder) =>
        new("the folder holds index files but no commit (segments_N is missing)", FilesOf(folder));

    public bool Unchanged(string folder) => Files == FilesOf(folder);

    /// <summary>
    /// The names, lengths and write times of the folder's files: a repair or a new commit changes them.
    /// </summary>
    public static string FilesOf(string folder)
    {
        var files = new StringBuilder();
        if (!Directory.Exists(folder))
            return "";
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            files.Append(CultureInfo.InvariantCulture, $"{file.Name}:{file.Length}:{file.LastWriteTimeUtc.Ticks};");
        return files.ToString();
    }

    /// <summary>The exception's type and message, with the folder left out (the week is named beside it).</summary>
    static string Describe(Exception exception, string folder)
    {
        var message = exception.Message
            .Replace(folder + System.IO.Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(folder, System.IO.Path.GetFileName(folder), StringComparison.Ordinal);
        return $"{exception.GetType().Name}: {message}";
    }
}
