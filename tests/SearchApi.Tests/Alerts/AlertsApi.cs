using System.Text.Json;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>
/// The real host over a writable index in a temporary directory, with a clock the test moves, two owners' keys
/// and the outbox read back from the store. The evaluator's own timer is a day, so only the test runs cycles.
/// </summary>
internal sealed class AlertsApi : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    readonly TempDirectory _directory = new("alerts");

    AlertsApi(IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Index:Path"] = _directory.Path,
            ["Index:RefreshInterval"] = "00:00:00",
            ["Alerts:EvaluationInterval"] = "1.00:00:00",
            ["Alerts:IndexingGrace"] = "00:00:30",
            ["PublicBaseUrl"] = "https://crashes.example/",
        };
        App = new CrashSearchApp(all, services => services.AddSingleton<TimeProvider>(Clock));
        Client = App.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public CrashSearchApp App { get; }

    public HttpClient Client { get; }

    /// <summary>Owns the searches and alerts under test; may read protected fields.</summary>
    public string Owner { get; private set; } = "";

    /// <summary>Another owner, with the write scope only.</summary>
    public string Other { get; private set; } = "";

    public static async Task<AlertsApi> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var api = new AlertsApi(settings ?? new Dictionary<string, string?>());
        api.Owner = await TestKeys.CreateAsync(api.App.Services, "write,read-protected", name: "owner");
        api.Other = await TestKeys.CreateAsync(api.App.Services, ApiKeyScopes.Write, name: "other");
        return api;
    }

    public Task<GraphQLResult> PostAsync(string query, object? variables, string token) =>
        GraphQLRequests.PostAsync(Client, query, variables, token);

    public async Task<string> SaveSearchAsync(string token, string search, string visibility = "PRIVATE")
    {
        var result = await PostAsync(
            "mutation($input: CreateSavedSearchInput!) { createSavedSearch(input: $input) { id } }",
            new { input = new { name = "watched", search, visibility } }, token);
        return result.Data.GetProperty("createSavedSearch").GetProperty("id").GetString()!;
    }

    public async Task<GraphQLResult> CreateAlertAsync(string token, object input) =>
        await PostAsync("mutation($input: CreateAlertInput!) { createAlert(input: $input) { id webhookSecret } }",
            new { input }, token);

    public async Task<string> CreateAlertIdAsync(string token, object input)
    {
        var result = await CreateAlertAsync(token, input);
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("createAlert").GetProperty("id").GetString()!;
    }

    /// <summary>Indexes and commits, stamped with the test clock.</summary>
    public async Task IndexAsync(params CrashDocument[] crashes)
    {
        var index = App.Services.GetRequiredService<ICrashIndex>();
        await index.IndexAsync(crashes, TestContext.Current.CancellationToken);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);
    }

    /// <summary>Moves the clock on and runs one evaluation cycle of the host's own evaluator.</summary>
    public async Task EvaluateAfterAsync(TimeSpan wait)
    {
        Clock.Advance(wait);
        await App.Services.GetRequiredService<AlertEvaluator>().EvaluateAllAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Everything enqueued so far, oldest first.</summary>
    public async Task<List<Enqueued>> OutboxAsync()
    {
        var database = App.Services.GetRequiredService<StoreDatabase>();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        var rows = await connection.QueryAsync<Enqueued>(
            "SELECT message_key AS Key, channel AS Channel, recipient AS Recipient, subject AS Subject, "
            + "text_body AS TextBody, html_body AS HtmlBody, json_body AS JsonBody FROM outbox "
            + "ORDER BY queued_at, message_key");
        return [.. rows];
    }

    /// <summary>The alert as its owner sees it.</summary>
    public async Task<JsonElement> AlertAsync(string id)
    {
        var result = await PostAsync("query($id: ID!) { alert(id: $id) { pausedReason lastError lastSentAt } }",
            new { id }, Owner);
        return result.Data.GetProperty("alert");
    }

    public static CrashDocument Crash(
        string uuid, DateTimeOffset date, string signature, params (string Field, object Value)[] more)
    {
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["signature"] = [signature],
            ["product"] = ["Firefox"],
            ["version"] = ["145.0"],
        };
        foreach (var (field, value) in more)
            values[field] = [value];
        return new CrashDocument { Uuid = uuid, Date = date, Values = values, Frames = [] };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        _directory.Dispose();
    }

    /// <summary>A row of the outbox.</summary>
    internal sealed class Enqueued
    {
        public string Key { get; set; } = "";
        public string Channel { get; set; } = "";
        public string Recipient { get; set; } = "";
        public string Subject { get; set; } = "";
        public string TextBody { get; set; } = "";
        public string? HtmlBody { get; set; }
        public string? JsonBody { get; set; }

        public string All => string.Join("\n", Subject, TextBody, HtmlBody, JsonBody);
    }
}
