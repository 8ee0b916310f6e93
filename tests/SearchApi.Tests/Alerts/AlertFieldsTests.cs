using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Tests.Support;
using static CrashSearch.SearchApi.Tests.Alerts.AlertsApi;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>The alert fields over GraphQL: who may do what, what is refused, and what the preview answers.</summary>
public sealed class AlertFieldsTests
{
    const string Alert = "query($id: ID!) { alert(id: $id) { id condition webhookSecret } }";

    static object NewMatch(string search) =>
        new { savedSearchId = search, condition = "NEW_MATCH", recipients = new[] { "dev@example.com" } };

    [Fact]
    public async Task Another_owners_alert_cannot_be_read_changed_deleted_or_previewed_even_by_its_id()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");
        var id = await api.CreateAlertIdAsync(api.Owner, NewMatch(search));

        var read = await api.PostAsync(Alert, new { id }, api.Other);
        var listed = await api.PostAsync("{ alerts { id } }", null, api.Other);
        var update = await api.PostAsync(
            "mutation($id: ID!) { updateAlert(id: $id, input: { minInterval: \"1h\" }) { id } }",
            new { id }, api.Other);
        var delete = await api.PostAsync("mutation($id: ID!) { deleteAlert(id: $id) }", new { id }, api.Other);
        var preview = await api.PostAsync(
            "mutation($id: ID!) { previewAlert(id: $id) { fires } }", new { id }, api.Other);
        var missing = await api.PostAsync(
            "mutation { deleteAlert(id: \"aaaaaaaaaaaaaaaaaaaaaaaaaa\") }", null, api.Other);
        var own = await api.PostAsync(Alert, new { id }, api.Owner);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Data.GetProperty("alert").ValueKind);
        Assert.Equal(0, listed.Data.GetProperty("alerts").GetArrayLength());
        Assert.Equal(["NOT_FOUND"], update.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], delete.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], preview.ErrorCodes);
        Assert.Equal(missing.ErrorMessages[0].Replace("aaaaaaaaaaaaaaaaaaaaaaaaaa", id, StringComparison.Ordinal),
            delete.ErrorMessages[0]);
        Assert.Equal(id, own.Data.GetProperty("alert").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_alert_on_a_private_search_of_another_owner_is_refused_and_on_a_public_one_accepted()
    {
        await using var api = await StartAsync();
        var hidden = await api.SaveSearchAsync(api.Owner, "signature:~OOM");
        var shared = await api.SaveSearchAsync(api.Owner, "signature:~OOM", "PUBLIC");

        var refused = await api.CreateAlertAsync(api.Other, NewMatch(hidden));
        var accepted = await api.CreateAlertAsync(api.Other, NewMatch(shared));

        Assert.Equal(["NOT_FOUND"], refused.ErrorCodes);
        Assert.Empty(accepted.ErrorCodes);
    }

    [Fact]
    public async Task Creating_an_alert_needs_the_write_scope()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM", "PUBLIC");
        var reader = await TestKeys.CreateAsync(api.App.Services, ApiKeyScopes.Read);

        var refused = await api.CreateAlertAsync(reader, NewMatch(search));

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
    }

    [Theory]
    [InlineData("THRESHOLD", null, null, "dev@example.com", "threshold: THRESHOLD needs a threshold")]
    [InlineData("NEW_MATCH", 5, null, "dev@example.com", "threshold, window: NEW_MATCH takes neither")]
    [InlineData("SPIKE", null, "2 hours", "dev@example.com", "window: '2 hours' is not a duration")]
    [InlineData("SPIKE", null, "30d", "dev@example.com", "window: at most 7d.")]
    [InlineData("NEW_MATCH", null, null, "Dev <dev@example.com>", "recipients: 'Dev <dev@example.com>' is not")]
    public async Task Bad_settings_are_refused_with_what_to_fix(
        string condition, int? threshold, string? window, string recipient, string message)
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");

        var refused = await api.CreateAlertAsync(api.Owner,
            new { savedSearchId = search, condition, threshold, window, recipients = new[] { recipient } });

        Assert.Equal(["BAD_INPUT"], refused.ErrorCodes);
        Assert.StartsWith(message, refused.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_secret_is_shown_once_at_creation()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");

        var created = await api.CreateAlertAsync(api.Owner,
            new { savedSearchId = search, condition = "NEW_MATCH", webhookUrl = "https://hooks.example/x" });
        var id = created.Data.GetProperty("createAlert").GetProperty("id").GetString();
        var read = await api.PostAsync(Alert, new { id }, api.Owner);

        Assert.StartsWith("whsec_", created.Data.GetProperty("createAlert").GetProperty("webhookSecret").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            read.Data.GetProperty("alert").GetProperty("webhookSecret").ValueKind);
    }

    [Fact]
    public async Task A_preview_counts_the_firings_of_the_last_seven_days_on_their_crashes_and_sends_nothing()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");
        await api.IndexAsync(
            Crash("day-1", Start.AddDays(-1), "OOM | small"),
            Crash("day-1-again", Start.AddDays(-1).AddSeconds(20), "OOM | small"),
            Crash("day-3", Start.AddDays(-3), "OOM | large"),
            Crash("too-old", Start.AddDays(-8), "OOM | small"),
            Crash("other", Start.AddDays(-2), "shutdownhang"));

        var preview = await api.PostAsync(
            "mutation($input: CreateAlertInput!) { previewAlert(input: $input) { fires firings { at count } "
                + "signatures { term count } crashes } }",
            new { input = NewMatch(search) }, api.Owner);

        var answer = preview.Data.GetProperty("previewAlert");
        Assert.Equal(2, answer.GetProperty("fires").GetInt32());
        Assert.Equal([1, 2],
            answer.GetProperty("firings").EnumerateArray().Select(f => f.GetProperty("count").GetInt32()));
        Assert.Equal(["day-1", "day-1-again", "day-3"],
            answer.GetProperty("crashes").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["OOM | small", "OOM | large"],
            answer.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("term").GetString()!));
        Assert.Empty(await api.OutboxAsync());
    }
}
