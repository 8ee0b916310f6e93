using CrashSearch.SearchApi.GraphiQL;
using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.Health;
using CrashSearch.SearchApi.Hosting;
using CrashSearch.SearchApi.Metrics;
using CrashSearch.SearchApi.RateLimits;
using CrashSearch.SearchApi.SuperSearch;

var commandLine = ApiCommandLine.Parse(args, Console.Out, Console.Error);
if (commandLine.ExitCode is { } exitCode)
    return exitCode;

var builder = WebApplication.CreateBuilder(commandLine.HostArguments);
builder.AddCrashSearchHost();
builder.Services.AddCrashSearchGraphQL();
builder.Services.AddSuperSearch();
builder.Services.AddApiRateLimits();
builder.Services.AddApiMetrics();

var app = builder.Build();
if (!IndexChoice.IsMade(app, Console.Error))
    return 2;
app.UseApiRateLimits();
app.MapHealth();
app.MapMetrics();
app.MapCrashSearchGraphQL();
app.MapGraphiQL();
app.MapSuperSearch();
await app.RunAsync();
return 0;
