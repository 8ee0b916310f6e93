namespace CrashSearch.SearchApi.Hosting;

/// <summary>
/// The API's own switches, translated into configuration keys so that tests and configuration files can say the
/// same: <c>--demo</c> is <c>Demo:Enabled</c>, <c>--index DIR</c> is <c>Index:Path</c> (read-only unless in demo
/// mode). Everything else, <c>--urls</c> included, goes to ASP.NET Core unchanged.
/// </summary>
internal sealed record ApiCommandLine(string[] HostArguments, int? ExitCode)
{
    public static ApiCommandLine Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var host = new List<string>();
        var demo = false;
        string? index = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                output.WriteLine($"Crash Search API\n{IndexOptionsSetup.Usage}");
                return new ApiCommandLine([], 0);
            }
            if (arg == "--demo")
                demo = true;
            else if (arg.StartsWith("--index=", StringComparison.Ordinal))
                index = arg["--index=".Length..];
            else if (arg == "--index")
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error.WriteLine($"--index needs a directory.\n{IndexOptionsSetup.Usage}");
                    return new ApiCommandLine([], 2);
                }
                index = args[++i];
            }
            else
                host.Add(arg);
        }
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
}
