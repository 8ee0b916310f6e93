using System.Text.Json;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>Starts, reads and waits for analysis jobs through GraphQL, as a script would.</summary>
internal static class AnalysisJobs
{
    public const string JobFields = "id state crashesScanned crashesTotal percentDone error expiresAt csvUrl jsonUrl";

    public static Task<GraphQLResult> StartAsync(AnalysisApi api, object input, string? token) =>
        api.PostAsync(
            $"mutation($input: StartAnalysisJobInput!) {{ startAnalysisJob(input: $input) {{ {JobFields} }} }}",
            new { input }, token);

    public static async Task<string> StartIdAsync(AnalysisApi api, object input, string token)
    {
        var result = await StartAsync(api, input, token);
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("startAnalysisJob").GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(AnalysisApi api, string id, string token)
    {
        var result = await api.PostAsync($"query($id: ID!) {{ analysisJob(id: $id) {{ {JobFields} }} }}",
            new { id }, token);
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("analysisJob");
    }

    /// <summary>The job once <paramref name="done"/> holds (within <see cref="Eventually.Limit"/>).</summary>
    public static async Task<JsonElement> WaitAsync(
        AnalysisApi api, string id, string token, Func<JsonElement, bool> done, string what)
    {
        var job = default(JsonElement);
        await Eventually.TrueAsync(async () => done(job = await GetAsync(api, id, token)), what);
        return job;
    }

    public static Task<JsonElement> FinishedAsync(AnalysisApi api, string id, string token) =>
        WaitAsync(api, id, token, j => j.GetProperty("state").GetString() is not ("QUEUED" or "RUNNING"),
            $"job {id} to finish");
}
