using System.Text.Json;
using CrashSearch.Indexer.Documents;
using CrashSearch.SearchApi.Campaigns;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Tests.SavedSearches;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Campaigns;

/// <summary>
/// Campaigns through the real /graphql door, over crashes planted in <see cref="SampleApi"/>'s index with email
/// addresses; the mails are read back from the real outbox in the store.
/// </summary>
public sealed class CampaignTests(SampleApi api) : IClassFixture<SampleApi>
{
    const string Campaign = "id subject recipients queued suppressed";

    /// <summary>Plants one crash per address, signature "campaign tag", and saves a search for them (admin's).
    /// </summary>
    async Task<(string Admin, string SavedSearchId)> PlantAsync(string tag, params string[] emails)
    {
        var crashes = emails.Select((email, i) => new CrashDocument
        {
            Uuid = $"{tag}-{i}",
            Date = SampleCrashes.Now.AddHours(-1),
            Values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
            {
                ["uuid"] = [$"{tag}-{i}"],
                ["date"] = [SampleCrashes.Now.AddHours(-1)],
                ["signature"] = [$"campaign {tag}"],
                ["email"] = [email],
            },
        }).ToList();
        await api.Index.IndexAsync(crashes, TestContext.Current.CancellationToken);
        await api.Index.CommitAsync(null, TestContext.Current.CancellationToken);
        var admin = await TestKeys.CreateAsync(api.Services, "admin");
        var saved = await SavedSearchGraphQLTests.CreateAsync(
            api, admin, $$"""{name: "{{tag}}", search: "signature:~{{tag}}"}""");
        return (admin, saved.GetProperty("id").GetString()!);
    }

    async Task<JsonElement> CreateCampaignAsync(string admin, string savedSearchId, string subject = "Thanks")
    {
        var result = await api.PostAsync($$"""
            mutation { createCampaign(input: {savedSearchId: "{{savedSearchId}}", subject: "{{subject}}",
              body: "We fixed the crash you reported.\n\nPlease update."}) { {{Campaign}} } }
            """, token: admin);
        Assert.True(result.ErrorMessages.Count == 0, string.Join("; ", result.ErrorMessages));
        Assert.DoesNotContain("@example", result.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        return result.Data.GetProperty("createCampaign");
    }

    Task<OutboxEntry?> MailAsync(string campaignId, string address) =>
        api.Services.GetRequiredService<Outbox>().FindAsync(
            CampaignSender.MessageKey(campaignId, address), TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_preview_counts_distinct_addresses_ignoring_case_blanks_and_non_addresses()
    {
        var (admin, id) = await PlantAsync("plantpreview",
            "Ann@Example.com", " ann@example.com ", "bob@example.com", "n/a", "bob@example.com");
        var preview = await api.PostAsync(
            $$"""{ campaignPreview(savedSearchId: "{{id}}") { distinctAddresses crashes } }""", token: admin);
        Assert.Equal("""{"distinctAddresses":2,"crashes":5}""",
            preview.Data.GetProperty("campaignPreview").GetRawText());
        Assert.DoesNotContain("example.com", preview.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Each_address_gets_one_mail_with_an_opt_out_link_and_a_second_send_queues_nothing_new()
    {
        var (admin, id) = await PlantAsync("plantonce", "carl@example.com", "CARL@example.com", "dora@example.com");
        var campaign = await CreateCampaignAsync(admin, id);
        Assert.Equal((2, 2, 0), (campaign.GetProperty("recipients").GetInt32(),
            campaign.GetProperty("queued").GetInt32(), campaign.GetProperty("suppressed").GetInt32()));
        var campaignId = campaign.GetProperty("id").GetString()!;
        var mail = (await MailAsync(campaignId, "carl@example.com"))!.Message;
        Assert.Equal(("carl@example.com", "Thanks", "campaigns"), (mail.Recipient, mail.Subject, mail.Topic));
        Assert.NotNull(mail.UnsubscribeUrl);
        Assert.Contains(mail.UnsubscribeUrl.AbsoluteUri, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Please update.</p>", mail.HtmlBody, StringComparison.Ordinal);

        var again = await api.PostAsync($$"""mutation { sendCampaign(id: "{{campaignId}}") { {{Campaign}} } }""",
            token: admin);
        Assert.Equal(2, again.Data.GetProperty("sendCampaign").GetProperty("queued").GetInt32());
        var listed = await api.PostAsync("{ campaigns { id queued } }", token: admin);
        Assert.Contains($$"""{"id":"{{campaignId}}","queued":2}""", listed.Data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_used_the_opt_out_link_gets_nothing_from_a_later_campaign()
    {
        var (admin, id) = await PlantAsync("plantoptout", "erin@example.com", "finn@example.com");
        var first = (await CreateCampaignAsync(admin, id)).GetProperty("id").GetString()!;
        var link = (await MailAsync(first, "erin@example.com"))!.Message.UnsubscribeUrl!;
        // The mail client's one-click unsubscribe (RFC 8058) on the link, through the API's door, without a key.
        using var optOut = await api.Client.PostAsync(link.PathAndQuery,
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, optOut.StatusCode);

        var later = await CreateCampaignAsync(admin, id, "News");
        Assert.Equal((2, 1, 1), (later.GetProperty("recipients").GetInt32(), later.GetProperty("queued").GetInt32(),
            later.GetProperty("suppressed").GetInt32()));
        var laterId = later.GetProperty("id").GetString()!;
        Assert.Null(await MailAsync(laterId, "erin@example.com"));
        Assert.NotNull(await MailAsync(laterId, "finn@example.com"));
    }

    [Theory]
    [InlineData("write,read-protected")]
    [InlineData(null)]
    public async Task Only_admin_keys_preview_list_create_or_send_campaigns(string? scopes)
    {
        var token = scopes is null ? null : await TestKeys.CreateAsync(api.Services, scopes);
        foreach (var document in new[]
        {
            """{ campaignPreview(savedSearchId: "x") { distinctAddresses } }""",
            "{ campaigns { id } }",
            """mutation { createCampaign(input: {savedSearchId: "x", subject: "s", body: "b"}) { id } }""",
            """mutation { sendCampaign(id: "x") { id } }""",
        })
        {
            var refused = await api.PostAsync(document, token: token);
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        }
    }
}
