using CrashSearch.Benchmarks.Queries;

namespace CrashSearch.Benchmarks.Api;

/// <summary>Pages through the API (unmeasured, 1000 hits at a time) to the cursor before the page the mix reads.</summary>
internal static class ApiPageCursor
{
    public static async Task<string> DocumentAsync(GraphQLClient client, MixParameters p, CancellationToken cancellationToken)
    {
        var window = $"from: {QueryMix.Quote(p.AllFrom)}, to: {QueryMix.Quote(p.To)}";
        string? cursor = null;
        for (var read = 0; read < p.HitsBefore;)
        {
            var size = Math.Min(1000, p.HitsBefore - read);
            var after = cursor is null ? "" : $", after: {QueryMix.Quote(cursor)}";
            var page = await client.CrashesAsync($"{{ crashes({window}, first: {size}{after}) {{ pageInfo {{ endCursor }} }} }}", cancellationToken).ConfigureAwait(false);
            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                ?? throw new InvalidOperationException($"The API ran out of hits after {read} of {p.HitsBefore}.");
            read += size;
        }
        var from = cursor is null ? "" : $", after: {QueryMix.Quote(cursor)}";
        return $"{{ crashes({window}, first: {MixParameters.PageSize}{from}) {{ totalCount edges {{ node {{ uuid }} }} }} }}";
    }
}
