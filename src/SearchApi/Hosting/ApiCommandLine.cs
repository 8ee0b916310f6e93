using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Store;
using Microsoft.AspNetCore.Connections;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>
/// The API's command line. Its own switches become configuration keys, so that tests and configuration files can
/// say the same: <c>--demo</c> is <c>Demo:Enabled</c>, <c>--index DIR</c> is <c>Index:Path</c> (read-only unless in
/// demo mode). Settings (<c>--urls URLS</c>, <c>--Section:Key=value</c>) go to ASP.NET Core unchanged.
/// <c>keys ...</c> manages API keys instead of serving (<see cref="KeysCommand"/>). Anything else is refused with
/// the usage and exit code 2, rather than ignored by a server that starts anyway.
/// </summary>
internal sealed record ApiCommandLine(string[] HostArguments, int? ExitCode, KeysCommand? Keys = null)
{
    public const int UsageExitCode = 2;

    public static string Usage =>
        "Usage: CrashSearch.SearchApi (--demo | --index DIR) [--urls URLS] [--Section:Key=value ...]\n"
        + "       CrashSearch.SearchApi keys (create | list | revoke) ...   (see keys --help)\n"
        + IndexOptionsSetup.Usage;

    public static ApiCommandLine Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count > 0 && args[0] == KeysCommand.Word)
            return KeysCommand.Parse(args.Skip(1).ToList(), output, error);
        var host = new List<string>();
        var demo = false;
        string? index = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                output.WriteLine($"Crash Search API\n{Usage}");
                return new ApiCommandLine([], 0);
            }
            if (arg == "--demo")
                demo = true;
            else if (arg.StartsWith("--index=", StringComparison.Ordinal))
                index = arg["--index=".Length..];
            else if (arg == "--index")
            {
                if (!HasValue(args, i))
                    return Refuse(error, "--index needs a directory.");
                index = args[++i];
            }
            else if (IsSetting(arg) && arg.Contains('=', StringComparison.Ordinal))
                host.Add(arg);
            else if (IsSetting(arg))
            {
                if (!HasValue(args, i))
                    return Refuse(error, $"{arg} needs a value.");
                host.Add(arg);
                host.Add(args[++i]);
            }
            else
                return Refuse(error, $"Unknown argument '{arg}'.");
        }
        if (UrlsProblem(host) is { } urlsProblem)
            return Refuse(error, urlsProblem, withUsage: false);
        if (index is not null && !demo && IndexDirectoryProblem(index) is { } indexProblem)
            return Refuse(error, indexProblem, withUsage: false);
        if (demo)
            host.Add("--Demo:Enabled=true");
        if (index is not null)
        {
            host.Add($"--Index:Path={index}");
            if (!demo)
                host.Add("--Index:ReadOnly=true");
        }
        return new ApiCommandLine([.. host], null);
    }

    /// <summary>Runs the server; a failure to listen (a port in use, an address that cannot be bound) or to open the
    /// application store is one line and exit 1.</summary>
    public static async Task<int> RunServerAsync(WebApplication app, TextWriter error)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException
            || e.Message.StartsWith("Failed to bind", StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"Cannot listen: {e.Message}");
            return 1;
        }
        catch (StoreUnavailableException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    internal static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2;

    internal static bool HasValue(IReadOnlyList<string> args, int i) =>
        i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);

    internal static ApiCommandLine Refuse(TextWriter error, string problem, string? usage = null, bool withUsage = true)
    {
        error.WriteLine(withUsage ? $"{problem}\n{usage ?? Usage}" : problem);
        return new ApiCommandLine([], UsageExitCode);
    }

    static string? UrlsProblem(List<string> host)
    {
        for (var i = 0; i < host.Count; i++)
        {
            var value = host[i].StartsWith("--urls=", StringComparison.OrdinalIgnoreCase) ? host[i]["--urls=".Length..]
                : host[i].Equals("--urls", StringComparison.OrdinalIgnoreCase) && i + 1 < host.Count ? host[i + 1]
                : null;
            var urls = value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            foreach (var url in urls)
            {
                if (!IsListenUrl(url))
                    return $"--urls: '{url}' is not an address to listen on (e.g. http://127.0.0.1:5080).";
            }
        }
        return null;
    }

    static bool IsListenUrl(string url)
    {
        try
        {
            var address = BindingAddress.Parse(url);
            return (address.Scheme is "http" or "https") && address.Port is >= 0 and <= 65535
                && address.Host.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    static string? IndexDirectoryProblem(string index)
    {
        var full = Path.GetFullPath(index);
        if (!Directory.Exists(full))
            return $"--index: the directory {full} does not exist (ingest into it first, or use --demo).";
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(full).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"--index: the directory {full} cannot be read: {e.Message}";
        }
    }
}
