using CrashSearch.Benchmarks;
using CrashSearch.Benchmarks.Report;

BenchmarkArguments arguments;
try
{
    arguments = BenchmarkArguments.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}\n{BenchmarkArguments.Usage}");
    return 2;
}
await Console.Error.WriteLineAsync(arguments.CommandLine());
var results = await BenchmarkRun.RunAsync(arguments, CancellationToken.None);
var report = MarkdownReport.Write(results);
await Console.Out.WriteLineAsync(report);
if (arguments.Out is { } path)
{
    await File.WriteAllTextAsync(path, report);
    await Console.Error.WriteLineAsync($"wrote {Path.GetFullPath(path)}");
}
return 0;
