using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.SearchApi.Tests.Delivery;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Campaigns;

/// <summary>A campaign end to end: the outbox's sender delivers it to a real SMTP server on loopback.</summary>
public sealed class CampaignDeliveryTests
{
    [Fact]
    public async Task A_campaign_reaches_each_address_once_over_smtp_with_a_one_click_opt_out()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink);
        var now = DateTimeOffset.UtcNow;
        string[] emails = ["gil@example.com", "Gil@Example.com", "hana@example.com"];
        var index = app.Services.GetRequiredService<ICrashIndex>();
        await index.IndexAsync([.. emails.Select((email, i) => new CrashDocument
        {
            Uuid = $"smtp-{i}",
            Date = now.AddHours(-1),
            Values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
            {
                ["uuid"] = [$"smtp-{i}"],
                ["date"] = [now.AddHours(-1)],
                ["signature"] = ["campaign smtp"],
                ["email"] = [email],
            },
        })], TestContext.Current.CancellationToken);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);
        var admin = await TestKeys.CreateAsync(app.Services, "admin");
        var saved = await GraphQLRequests.PostAsync(app.Client,
            """mutation { createSavedSearch(input: {name: "smtp", search: "signature:~smtp"}) { id } }""",
            token: admin);
        var id = saved.Data.GetProperty("createSavedSearch").GetProperty("id").GetString();
        // The index makes new crashes searchable within its refresh interval.
        await Eventually.TrueAsync(async () =>
        {
            var preview = await GraphQLRequests.PostAsync(app.Client,
                $$"""{ campaignPreview(savedSearchId: "{{id}}") { distinctAddresses } }""", token: admin);
            return preview.Data.GetProperty("campaignPreview").GetProperty("distinctAddresses").GetInt32() == 2;
        }, "the planted crashes to be searchable");

        var created = await GraphQLRequests.PostAsync(app.Client, $$"""
            mutation { createCampaign(input: {savedSearchId: "{{id}}", subject: "Fixed", body: "Thank you."}) {
              id queued } }
            """, token: admin);
        Assert.Equal(2, created.Data.GetProperty("createCampaign").GetProperty("queued").GetInt32());
        await Eventually.TrueAsync(() => sink.Messages.Count >= 2, "two campaign mails");
        var recipients = sink.Messages.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order().ToList();
        Assert.Equal(["gil@example.com", "hana@example.com"], recipients);
        Assert.All(sink.Messages, mail =>
        {
            Assert.Equal("Fixed", mail.Subject);
            Assert.Contains("/unsubscribe?token=", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.Contains("Thank you.", mail.TextBody, StringComparison.Ordinal);
        });
    }
}
