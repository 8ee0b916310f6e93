namespace CrashSearch.Benchmarks;

/// <summary>Progress lines on standard error, time-stamped, so that standard output stays the report.</summary>
internal static class BenchmarkConsole
{
    public static void Progress(string message) =>
        Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {message}");
}
