using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.Benchmarks.Queries;

namespace CrashSearch.Benchmarks.Api;

/// <summary>Posts GraphQL documents to <c>/graphql</c> and reads the <c>crashes</c> field, failing on any error.</summary>
internal sealed class GraphQLClient(HttpClient http, Uri server)
{
    readonly Uri _endpoint = new(server, "/graphql");

    public async Task<JsonElement> CrashesAsync(string document, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(_endpoint, new { query = document }, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
            throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return json.RootElement.GetProperty("data").GetProperty("crashes").Clone();
    }

    public async Task<QueryAnswer> AnswerAsync(string document, CancellationToken cancellationToken) =>
        ApiAnswer.Of(await CrashesAsync(document, cancellationToken).ConfigureAwait(false));
}
