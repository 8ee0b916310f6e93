using CrashSearch.Benchmarks.Queries;

namespace CrashSearch.Benchmarks.Api;

/// <summary>Starts the API on the index, checks its answers against the in-process ones, then runs the load.</summary>
internal static class ApiStage
{
    public static async Task<(ApiLoadResult Load, IReadOnlyList<string> Disagreements, long PeakBytes, long IdleBytes)> RunAsync(
        string indexDirectory, IReadOnlyList<MixQuery> mix, IReadOnlyList<QueryAnswer> answers, MixParameters parameters, int clients, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(5) };
        BenchmarkConsole.Progress("starting the Search API");
        using var server = await ApiServer.StartAsync(indexDirectory, http, cancellationToken).ConfigureAwait(false);
        var idle = server.Memory().Current;
        var client = new GraphQLClient(http, server.Address);
        var documents = mix.Select(q => (q.Name, q.GraphQL)).ToList();
        documents[^1] = (mix[^1].Name, await ApiPageCursor.DocumentAsync(client, parameters, cancellationToken).ConfigureAwait(false));
        var disagreements = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var answer = await client.AnswerAsync(documents[i].Item2, cancellationToken).ConfigureAwait(false);
            if (!answer.Agrees(answers[i]))
                disagreements.Add($"{documents[i].Name}: {answer.Difference(answers[i])}");
        }
        BenchmarkConsole.Progress($"API load: {clients} clients for {duration.TotalSeconds:F0} s");
        var load = await ApiLoad.RunAsync(client, documents, clients, duration, cancellationToken).ConfigureAwait(false);
        var (peak, _) = server.Memory();
        return (load, disagreements, peak, idle);
    }
}
