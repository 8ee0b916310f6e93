using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Ingest.Tests.Support;
using CrashSearch.SearchApi.Tests.Support;
using MimeKit;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>
/// Issue 11's end-to-end run: the API as a real process serving an index read-only, a separate ingest process
/// writing into it, a real SMTP server, every setting given on the command line as an operator would.
/// </summary>
public sealed class AlertEndToEndTests : IDisposable
{
    static readonly string[] Settings =
    [
        "--Alerts:EvaluationInterval=00:00:01",
        "--Alerts:IndexingGrace=00:00:02",
        "--Alerts:LeaseDuration=00:00:03",
        "--Index:RefreshInterval=00:00:00.200",
        "--Outbox:PollInterval=00:00:00.200",
        "--Outbox:FirstRetryDelay=00:00:00.200",
        "--Outbox:MaxRetryDelay=00:00:01",
        "--Outbox:Lease=00:00:02",
        "--Smtp:Host=127.0.0.1",
        "--Smtp:From=Crash Search <alerts@crashes.example>",
        "--Smtp:Security=None",
    ];

    readonly TempDirectory _directory = new("alerts-e2e");
    int _batch;

    public void Dispose() => _directory.Dispose();

    async Task<RunningApi> StartApiAsync(SmtpSink smtp) =>
        await RunningApi.StartAsync(
            [
                "--index", _directory.Path, $"--Smtp:Port={smtp.Port.ToString(CultureInfo.InvariantCulture)}",
                "--PublicBaseUrl=https://crashes.example/", .. Settings,
            ]);

    async Task<string> KeyAsync(string scopes)
    {
        var (code, output, error) = await ApiProcess.RunAsync(
            "keys", "create", "--index", _directory.Path, "--name", "alerts", "--scopes", scopes);
        Assert.True(code == 0, error);
        return output.Trim().Split('\n')[^1].Trim();
    }

    /// <summary>Writes the crashes into the served index with the ingest command, in its own process.</summary>
    async Task IngestAsync(params JsonObject[] crashes)
    {
        var file = Path.Combine(_directory.Path, $"batch-{++_batch}.jsonl");
        await File.WriteAllLinesAsync(
            file, crashes.Select(c => c.ToJsonString()), TestContext.Current.CancellationToken);
        var (code, _, error) = await IngestProcess.RunAsync(
            null, "--source", file, "--index", _directory.Path, "--once");
        Assert.True(code == 0, error);
    }

    static JsonObject Crash(string uuid, DateTimeOffset date, string signature, string? comment = null)
    {
        var crash = new JsonObject
        {
            ["uuid"] = uuid,
            ["date_processed"] = date.ToString("O", CultureInfo.InvariantCulture),
            ["signature"] = signature,
            ["product"] = "Firefox",
            ["version"] = "145.0",
        };
        if (comment is not null)
        {
            crash["user_comments"] = comment;
            crash["email"] = comment + "@private.example";
        }
        return crash;
    }

    static async Task<JsonElement> PostAsync(RunningApi api, string token, string query, object variables)
    {
        using var client = api.Client();
        var result = await GraphQLRequests.PostAsync(client, query, variables, token);
        Assert.True(result.ErrorMessages.Count == 0, string.Join("; ", result.ErrorMessages));
        return result.Data;
    }

    static async Task<string> NewMatchAlertAsync(RunningApi api, string token, params string[] recipients)
    {
        var search = (await PostAsync(api, token,
            "mutation($input: CreateSavedSearchInput!) { createSavedSearch(input: $input) { id } }",
            new { input = new { name = "OOM", search = "signature:~OOM" } }))
            .GetProperty("createSavedSearch").GetProperty("id").GetString()!;
        return (await PostAsync(api, token,
            "mutation($input: CreateAlertInput!) { createAlert(input: $input) { id } }",
            new { input = new { savedSearchId = search, condition = "NEW_MATCH", recipients } }))
            .GetProperty("createAlert").GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Waits until the alert was evaluated after <paramref name="after"/> plus the grace: it saw everything.
    /// </summary>
    static async Task EvaluatedPastAsync(RunningApi api, string token, string alert, DateTimeOffset after)
    {
        await Eventually.TrueAsync(async () =>
        {
            var data = await PostAsync(api, token, "query($id: ID!) { alert(id: $id) { lastEvaluatedAt } }",
                new { id = alert });
            var evaluated = data.GetProperty("alert").GetProperty("lastEvaluatedAt");
            return evaluated.ValueKind == JsonValueKind.String
                && evaluated.GetDateTimeOffset() > after + TimeSpan.FromSeconds(3);
        }, "an evaluation of the alert after the crashes were indexed");
    }

    static string Text(MimeMessage mail) => mail.TextBody + "\n" + mail.HtmlBody;

    [Fact]
    public async Task Crashes_written_by_a_separate_ingest_reach_the_SMTP_server_as_exactly_the_expected_mails()
    {
        await using var smtp = SmtpSink.Start();
        var owner = await KeyAsync("write");
        using var api = await StartApiAsync(smtp);
        var alert = await NewMatchAlertAsync(api, owner, "dev@example.com", "qa@example.com");
        var now = DateTimeOffset.UtcNow;

        await IngestAsync(
            Crash("e2e-match-now", now, "OOM | small", comment: "plantedmarker"),
            Crash("e2e-match-three-weeks-old", now.AddDays(-21), "OOM | large"),
            Crash("e2e-no-match", now, "shutdownhang | nsThread::Shutdown"));
        var mails = await smtp.WaitForAsync(2);
        await EvaluatedPastAsync(api, owner, alert, DateTimeOffset.UtcNow);

        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(["dev@example.com", "qa@example.com"],
            mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(mails, mail =>
        {
            Assert.Contains("2 crashes newly indexed", mail.Subject, StringComparison.Ordinal);
            Assert.Contains("e2e-match-now", Text(mail), StringComparison.Ordinal);
            Assert.Contains("e2e-match-three-weeks-old", Text(mail), StringComparison.Ordinal);
            Assert.DoesNotContain("e2e-no-match", Text(mail), StringComparison.Ordinal);
            Assert.DoesNotContain("plantedmarker", mail.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.NotNull(mail.Headers[HeaderId.ListUnsubscribe]);
        });

        // The unsubscribe link of dev's mail stops dev's mails of this alert, and only those.
        var link = new Uri(mails.Single(m => m.To.Mailboxes.Single().Address == "dev@example.com")
            .Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>'));
        using (var client = api.Client())
        {
            using var stopped = await client.PostAsync(link.PathAndQuery,
                new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]),
                TestContext.Current.CancellationToken);
            Assert.True(stopped.IsSuccessStatusCode);
        }
        await IngestAsync(Crash("e2e-match-after-unsubscribe", DateTimeOffset.UtcNow, "OOM | small"));
        var third = (await smtp.WaitForAsync(3))[2];
        await EvaluatedPastAsync(api, owner, alert, DateTimeOffset.UtcNow);

        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal("qa@example.com", third.To.Mailboxes.Single().Address);
        Assert.Contains("e2e-match-after-unsubscribe", Text(third), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_API_killed_between_evaluations_and_during_sends_skips_no_crash_and_repeats_a_mail_only_whole()
    {
        await using var smtp = SmtpSink.Start();
        var owner = await KeyAsync("write");
        using var api = await StartApiAsync(smtp);
        await NewMatchAlertAsync(api, owner, "dev@example.com");
        var expected = new List<string>();

        // Kills land at different points: before the grace has passed, around an evaluation, around a send.
        foreach (var wait in new[] { 500, 2_500, 3_200, 4_000 })
        {
            var uuids = Enumerable.Range(0, 2).Select(i => $"e2e-kill-{wait}-{i}").ToArray();
            expected.AddRange(uuids);
            await IngestAsync([.. uuids.Select(u => Crash(u, DateTimeOffset.UtcNow, "OOM | small"))]);
            await Task.Delay(wait, TestContext.Current.CancellationToken);
            api.Kill();
            await api.RestartAsync();
        }
        await Eventually.TrueAsync(
            () => expected.All(u => smtp.Messages.Any(m => Text(m).Contains(u, StringComparison.Ordinal))),
            "every crash announced after the kills");

        foreach (var uuid in expected)
        {
            var ids = smtp.Messages.Where(m => Text(m).Contains(uuid, StringComparison.Ordinal))
                .Select(m => m.MessageId).Distinct().ToList();
            Assert.True(ids.Count == 1, $"{uuid} was announced in {ids.Count} different messages.");
        }
        Assert.All(smtp.Messages.GroupBy(m => m.MessageId), copies => Assert.True(copies.Count() <= 2,
            $"Message {copies.Key} arrived {copies.Count()} times."));
    }
}
