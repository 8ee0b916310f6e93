using System.Security.Cryptography;
using System.Text;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.SavedSearches;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>
/// Queues a campaign's mails in the outbox, which sends them at its rate limit. Each address gets at most one mail
/// per campaign: the outbox key is <c>campaign:&lt;id&gt;:&lt;sha256(address)&gt;</c>, so sending a campaign again
/// (to resume one that was cut short) queues only what is missing. Addresses that opted out of campaigns are
/// skipped and counted as suppressed.
/// </summary>
internal sealed class CampaignSender(
    CampaignAddresses addresses, Outbox outbox, Unsubscriptions unsubscriptions, UnsubscribeLinks links,
    CampaignStore store)
{
    public async Task<Campaign> SendAsync(Campaign campaign, SavedSearch search, CancellationToken cancellationToken)
    {
        var audience = await addresses.FindAsync(search, cancellationToken);
        var (queued, suppressed) = (0, 0);
        foreach (var address in audience.Addresses)
        {
            if (await unsubscriptions.StopsAsync(address, Unsubscriptions.Campaigns, cancellationToken))
            {
                suppressed++;
                continue;
            }
            var optOut = links.For(address, Unsubscriptions.Campaigns, "every campaign mail from Crash Search");
            var message = new OutboxMessage
            {
                Key = MessageKey(campaign.Id, address),
                Channel = OutboxChannel.Email,
                Recipient = address,
                Topic = Unsubscriptions.Campaigns,
                Subject = campaign.Subject,
                TextBody = CampaignMail.Text(campaign.Body, optOut),
                HtmlBody = CampaignMail.Html(campaign.Body, optOut),
                UnsubscribeUrl = optOut,
            };
            if (await outbox.EnqueueAsync(message, cancellationToken))
                queued++;
        }
        return await store.RecordSendAsync(
            campaign.Id, audience.Addresses.Count, queued, suppressed, cancellationToken);
    }

    /// <summary>The outbox key of one address's mail: the address only as a hash.</summary>
    public static string MessageKey(string campaignId, string address) =>
        $"campaign:{campaignId}:"
        + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Unsubscriptions.Normalize(address))));
}
