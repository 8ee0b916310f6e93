using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.SavedSearches;
using MimeKit;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>
/// Finds the <c>email</c> values of the crashes a saved search matches over its window. Runs with protected rights
/// (only admins reach it) and pages with cursors, so every matching crash is read, however many there are.
/// </summary>
internal sealed class CampaignAddresses(ICrashIndex index, SavedSearchQuestions questions, TimeProvider time)
{
    const string EmailField = "email";

    public async Task<CampaignAudience> FindAsync(SavedSearch search, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var builder = questions.Builder;
        var pageSize = builder.Limits.MaxPageSize;
        var recent = questions.Recent(search, now);
        var question = recent with
        {
            Filters = [.. recent.Filters, new FieldPredicate(EmailField, PredicateOperator.Exists, null)],
            Columns = ["uuid", EmailField],
            Size = pageSize,
        };
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        long crashes = 0;
        SearchCursor? after = null;
        while (true)
        {
            var built = builder.Build(question with { After = after }, SearchRights.ProtectedFields, now);
            var result = await index.SearchAsync(built.Query, cancellationToken);
            if (after is null)
                crashes = result.Total;
            foreach (var hit in result.Hits)
            {
                foreach (var value in hit.Fields.GetValueOrDefault(EmailField) ?? [])
                {
                    if (value is string text && IsAddress(text))
                        addresses.Add(Unsubscriptions.Normalize(text));
                }
            }
            if (result.Hits.Count < pageSize)
                break;
            after = result.Hits[^1].Cursor;
        }
        return new CampaignAudience([.. addresses.Order(StringComparer.Ordinal)], crashes);
    }

    // What the outbox accepts as a mail recipient; anything else (a name, "n/a") is not an address to write to.
    static bool IsAddress(string text) =>
        text.Contains('@', StringComparison.Ordinal) && MailboxAddress.TryParse(text.Trim(), out _);
}
