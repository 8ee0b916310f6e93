using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.Analysis;
using CrashSearch.SearchApi.Campaigns;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.GraphiQL;
using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.Health;
using CrashSearch.SearchApi.Hosting;
using CrashSearch.SearchApi.Metrics;
using CrashSearch.SearchApi.ProcessedCrash;
using CrashSearch.SearchApi.RateLimits;
using CrashSearch.SearchApi.SavedSearches;
using CrashSearch.SearchApi.SuperSearch;
using CrashSearch.SearchApi.Visibility;
using CrashSearch.SearchApi.Web;

var commandLine = ApiCommandLine.Parse(args, Console.Out, Console.Error);
if (commandLine.ExitCode is { } exitCode)
    return exitCode;
if (commandLine.Keys is { } keys)
    return await keys.RunAsync(Console.Out, Console.Error, CancellationToken.None);

var builder = WebApplication.CreateBuilder(commandLine.HostArguments);
builder.AddCrashSearchHost();
builder.Services.AddCrashSearchAccess();
builder.Services.AddCrashSearchGraphQL();
builder.Services.AddSuperSearch();
builder.Services.AddSavedSearches();
builder.Services.AddCampaigns();
builder.Services.AddApiRateLimits();
builder.Services.AddApiMetrics();
builder.Services.AddDelivery();
builder.Services.AddAlerts();
builder.Services.AddVisibility();
builder.Services.AddAnalysis();
builder.Services.AddWebUi();

var app = builder.Build();
if (!IndexChoice.IsMade(app, Console.Error))
    return 2;
app.UseAuthentication();
// A caller with a valid key is counted by its key; one with none or a bad one by its address.
app.UseApiRateLimits();
app.UseCrashSearchAccess();
app.MapHealth();
app.MapMetrics();
app.MapUnsubscribe();
app.MapGroup("").RequireAuthorization(AccessPolicies.Caller).MapCrashSearchGraphQL();
app.MapGraphiQL();
// The web UI decides per page: anonymous callers are sent to sign in when anonymous reading is off.
app.MapWebUi();
app.MapGroup("").RequireAuthorization(AccessPolicies.Read)
    .MapSuperSearch().MapSuperSearchFields().MapProcessedCrash().MapVisibility()
    .MapCorrelations().MapAnalysisJobs();
return await ApiCommandLine.RunServerAsync(app, Console.Error);
