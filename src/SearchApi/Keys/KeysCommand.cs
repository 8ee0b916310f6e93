using System.Globalization;
using CrashSearch.Ingest.Hosting;
using CrashSearch.SearchApi.Hosting;
using CrashSearch.SearchApi.Store;

namespace CrashSearch.SearchApi.Keys;

/// <summary>
/// <c>keys create|list|revoke</c>: API keys from the command line, the way the first admin key is made on a fresh
/// install. It opens the same store as the API (the data directory's <c>store.db</c>, or <c>Store:ConnectionString</c>)
/// and applies its migrations, so it works before the API ever started.
/// </summary>
internal sealed record KeysCommand(
    string Verb, string? Name, IReadOnlyList<string> Scopes, TimeSpan? Lifetime, string? Id, string[] HostArguments)
{
    public const string Word = "keys";

    public const string Usage =
        "Usage: keys create --index DIR --name NAME --scopes SCOPES [--expires 30d]   (the key is the last line)\n"
        + "       keys list --index DIR                          (a line per key: id, name, scopes, state, times)\n"
        + "       keys revoke --index DIR ID\n"
        + "SCOPES: comma-separated read, read-protected, write, admin. DIR is the data directory (the API's --index);\n"
        + "--Store:ConnectionString=... names a PostgreSQL store instead.";

    public static ApiCommandLine Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h")
        {
            (args.Count == 0 ? error : output).WriteLine(Usage);
            return new ApiCommandLine([], args.Count == 0 ? ApiCommandLine.UsageExitCode : 0);
        }
        var verb = args[0];
        if (verb is not ("create" or "list" or "revoke"))
            return ApiCommandLine.Refuse(error, $"Unknown keys command '{verb}'.", Usage);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var host = new List<string>();
        var positional = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            var (option, inline) = arg.Split('=', 2) is [var o, var v] ? (o, v) : (arg, null);
            if (option is "--index" or "--name" or "--scopes" or "--expires")
            {
                if (inline is null && !ApiCommandLine.HasValue(args, i))
                    return ApiCommandLine.Refuse(error, $"{option} needs a value.", Usage);
                options[option] = inline ?? args[++i];
            }
            else if (ApiCommandLine.IsSetting(option) && option.Contains(':', StringComparison.Ordinal))
            {
                if (inline is null && !ApiCommandLine.HasValue(args, i))
                    return ApiCommandLine.Refuse(error, $"{option} needs a value.", Usage);
                host.Add($"{option}={inline ?? args[++i]}");
            }
            else if (!arg.StartsWith('-'))
                positional.Add(arg);
            else
                return ApiCommandLine.Refuse(error, $"Unknown argument '{arg}'.", Usage);
        }
        return Build(verb, options, positional, host, error);
    }

    static ApiCommandLine Build(
        string verb, Dictionary<string, string> options, List<string> positional, List<string> host, TextWriter error)
    {
        var named = verb == "create" ? new[] { "--index", "--name", "--scopes", "--expires" } : ["--index"];
        if (options.Keys.FirstOrDefault(o => !named.Contains(o)) is { } extra)
            return ApiCommandLine.Refuse(error, $"keys {verb} does not take {extra}.", Usage);
        if (positional.Count != (verb == "revoke" ? 1 : 0))
        {
            var problem = verb == "revoke" ? "keys revoke needs one key id." : $"Unknown argument '{positional[0]}'.";
            return ApiCommandLine.Refuse(error, problem, Usage);
        }
        if (options.TryGetValue("--index", out var index))
            host.Add($"--{DataDirectoryOptions.Section}:{nameof(DataDirectoryOptions.Path)}={index}");
        else if (!host.Any(h => h.StartsWith($"--{StoreOptions.Section}:", StringComparison.OrdinalIgnoreCase)))
            return ApiCommandLine.Refuse(error,
                $"keys {verb} needs --index DIR (the data directory), or --Store:ConnectionString=...", Usage);
        if (verb != "create")
            return new ApiCommandLine([], null,
                new KeysCommand(verb, null, [], null, positional.FirstOrDefault(), [.. host]));
        if (!options.TryGetValue("--name", out var name) || string.IsNullOrWhiteSpace(name))
            return ApiCommandLine.Refuse(error, "keys create needs --name NAME.", Usage);
        try
        {
            var scopes = ApiKeyScopes.Parse([options.GetValueOrDefault("--scopes", "")]);
            var lifetime = options.TryGetValue("--expires", out var expires)
                ? ApiKeyLifetime.Parse(expires)
                : (TimeSpan?)null;
            return new ApiCommandLine([], null, new KeysCommand(verb, name, scopes, lifetime, null, [.. host]));
        }
        catch (ArgumentException e)
        {
            return ApiCommandLine.Refuse(error, e.Message, Usage);
        }
    }

    public async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(HostArguments);
        builder.Logging.ClearProviders();
        builder.Services.AddDataDirectory();
        builder.Services.AddApplicationStore();
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<StoreDatabase>();
        try
        {
            await Task.Run(() => StoreMigrations.Apply(database), cancellationToken);
            return await RunAsync(
                host.Services.GetRequiredService<ApiKeyStore>(), host.Services.GetRequiredService<TimeProvider>(),
                output, error, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    async Task<int> RunAsync(
        ApiKeyStore store, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (Verb)
        {
            case "create":
                var created = await store.CreateAsync(Name!, Scopes, Lifetime, cancellationToken);
                await output.WriteLineAsync($"Created {Describe(created.Key, time.GetUtcNow())}");
                await output.WriteLineAsync("The key follows; it is stored only as a hash and cannot be shown again:");
                await output.WriteLineAsync(created.Secret);
                return 0;
            case "list":
                var now = time.GetUtcNow();
                foreach (var key in await store.ListAsync(cancellationToken))
                    await output.WriteLineAsync(Describe(key, now));
                return 0;
            default:
                if (await store.RevokeAsync(Id!, cancellationToken))
                {
                    await output.WriteLineAsync($"Revoked {Id}.");
                    return 0;
                }
                await error.WriteLineAsync($"No active key has the id {Id} (keys list shows them).");
                return 1;
        }
    }

    static string Describe(ApiKey key, DateTimeOffset now) =>
        string.Join("  ", key.Id, key.Name, string.Join(',', key.Scopes), key.StateAt(now),
            $"created {Time(key.CreatedAt)}", $"expires {Time(key.ExpiresAt)}", $"last used {Time(key.LastUsedAt)}");

    static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "never";
}
