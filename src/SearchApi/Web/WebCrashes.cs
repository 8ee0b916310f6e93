using System.Text.Json;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.ProcessedCrash;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// Loads one crash for its page, as <c>/api/ProcessedCrash</c> does (same builder, same rights). When the caller
/// comes from a search, that search's text joins the question so that the index marks the frames it matched.
/// </summary>
internal sealed class WebCrashes(ICrashIndex index, CrashQueryBuilder builder, TimeProvider time)
{
    static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    public async Task<CrashView> LoadAsync(
        string uuid, string? search, WebCaller caller, SearchRights rights, CancellationToken cancellationToken)
    {
        var hit = search is { Length: > 0 } ? await TryFindAsync(uuid, search, rights, cancellationToken) : null;
        var matched = hit?.MatchedFrames ?? [];
        hit ??= await TryFindAsync(uuid, null, rights, cancellationToken);
        if (hit is null)
            return new CrashView(uuid, caller, null, [], "", search);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var field in builder.Catalogue.Fields)
        {
            if (hit.Fields.TryGetValue(field.Name, out var values) && values.Count > 0)
                fields.Add(new(field.Name, string.Join(", ", values.Select(WebFormat.Value))));
        }
        var json = Indented(ProcessedCrashWriter.Write(hit, builder.Catalogue, rights.CanReadProtected));
        return new CrashView(uuid, caller, hit, fields, json, search) { Matched = matched.ToHashSet() };
    }

    /// <summary>The JSON indented, for people to read.</summary>
    static string Indented(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, IndentedJson);
    }

    async Task<CrashHit?> TryFindAsync(
        string uuid, string? search, SearchRights rights, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var to = now.AddDays(1);
        var question = new CrashQuestion
        {
            Search = search is null ? [] : [search],
            Filters = [new FieldPredicate("uuid", PredicateOperator.Exact, uuid)],
            // A little past now, so that a crash processed by a machine whose clock runs ahead is still found.
            From = to.AddDays(-builder.Limits.MaxWindowDays),
            To = to,
            Size = 1,
            Columns = [.. builder.Catalogue.Fields
                .Where(f => f.Returnable && f.FrameProperty is null && (rights.CanReadProtected || !f.Protected))
                .Select(f => f.Name)],
            IncludeFrames = true,
        };
        try
        {
            var (query, _) = builder.Build(question, rights, now);
            var result = await index.SearchAsync(query, cancellationToken);
            return result.Hits.Count > 0 ? result.Hits[0] : null;
        }
        catch (InvalidQueryException) when (search is not null)
        {
            // The search it came from no longer parses (an edited link): show the crash without highlights.
            return null;
        }
    }
}
