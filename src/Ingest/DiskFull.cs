namespace CrashSearch.Ingest;

/// <summary>Recognises a full disk among the causes of a failure, so the command can say what to free.</summary>
internal static class DiskFull
{
    /// <summary>ENOSPC on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.</summary>
    static readonly int[] Codes = [28, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    /// <summary>The first disk-full error in <paramref name="failure"/> and its inner exceptions, or null.</summary>
    public static IOException? Find(Exception? failure) => failure switch
    {
        null => null,
        IOException io when Codes.Contains(io.HResult) => io,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => Find(failure.InnerException),
    };

    /// <summary>What to tell the user: what is full, what to free, and that running again is safe.</summary>
    public static string Advice(IOException error, string indexDirectory) =>
        $"the disk is full ({error.Message}). "
        + $"Free space on the file system that holds '{Path.GetFullPath(indexDirectory)}' "
        + "(new segments need room, and a merge briefly needs as much again as the segments it merges), then run the "
        + "same command again: what was committed is kept, and the crashes after the last commit are read again.";
}
