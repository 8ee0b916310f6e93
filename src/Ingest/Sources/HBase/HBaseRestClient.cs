using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>
/// The scanner calls of the HBase REST gateway (Stargate): <c>POST /&lt;table&gt;/scanner</c> with an XML scanner spec
/// answers 201 and the scanner's URL in <c>Location</c>; <c>GET</c> on it with <c>Accept: application/json</c>
/// answers a CellSet (<c>{"Row":[{"key":b64,"Cell":[{"column":b64,"timestamp":ms,"$":b64}]}]}</c>), or 204 when
/// the scan is exhausted; <c>DELETE</c> releases it. A scanner the gateway no longer knows (404, after a gateway
/// restart or a lease timeout) is reported as <see cref="HBaseScannerExpiredException"/>.
/// </summary>
internal sealed class HBaseRestClient(HttpClient http, HBaseSourceOptions options)
{
    readonly string _column = Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Column));

    /// <summary>Creates a scanner over the table's rows from <paramref name="startRow"/> (inclusive) and returns its URL.</summary>
    public async Task<Uri> CreateScannerAsync(byte[]? startRow, CancellationToken cancellationToken)
    {
        var spec = new XElement("Scanner", new XAttribute("batch", options.BatchSize.ToString(CultureInfo.InvariantCulture)));
        if (startRow is { Length: > 0 })
            spec.Add(new XAttribute("startRow", Convert.ToBase64String(startRow)));
        if (options.From is { } from)
            spec.Add(new XAttribute("startTime", from.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        if (options.To is { } to)
            spec.Add(new XAttribute("endTime", to.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        spec.Add(new XElement("column", _column));
        var url = new Uri(options.Gateway, Uri.EscapeDataString(options.Table) + "/scanner");
        using var content = new StringContent(spec.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml");
        using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
            throw await ErrorAsync(response, response.StatusCode == HttpStatusCode.NotFound ? $"table '{options.Table}' not found" : "creating a scanner failed", cancellationToken).ConfigureAwait(false);
        var location = response.Headers.Location
            ?? throw new HBaseGatewayException(response.StatusCode, $"the gateway created a scanner on '{options.Table}' but sent no Location header");
        return location.IsAbsoluteUri ? location : new Uri(options.Gateway, location);
    }

    /// <summary>The next rows of the scanner, or null when the scan is exhausted.</summary>
    /// <exception cref="HBaseScannerExpiredException">The gateway no longer knows the scanner.</exception>
    public async Task<IReadOnlyList<HBaseRow>?> NextAsync(Uri scanner, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, scanner);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NoContent:
                return null;
            case HttpStatusCode.NotFound or HttpStatusCode.Gone:
                throw new HBaseScannerExpiredException(scanner);
            case HttpStatusCode.OK:
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                return ParseCellSet(body);
            default:
                throw await ErrorAsync(response, "reading the scanner failed", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases a scanner; a scanner already gone is fine.</summary>
    public async Task DeleteAsync(Uri scanner, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(scanner, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
            throw await ErrorAsync(response, "deleting the scanner failed", cancellationToken).ConfigureAwait(false);
    }

    List<HBaseRow> ParseCellSet(byte[] body)
    {
        var rows = new List<HBaseRow>();
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("Row", out var rowArray))
                return rows;
            foreach (var row in rowArray.EnumerateArray())
            {
                var key = row.GetProperty("key").GetBytesFromBase64();
                if (!row.TryGetProperty("Cell", out var cells))
                    continue;
                foreach (var cell in cells.EnumerateArray())
                {
                    if (!string.Equals(cell.GetProperty("column").GetString(), _column, StringComparison.Ordinal))
                        continue;
                    var timestamp = cell.TryGetProperty("timestamp", out var t) ? t.GetInt64() : 0;
                    rows.Add(new HBaseRow(key, cell.GetProperty("$").GetBytesFromBase64(), timestamp));
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // A gateway speaking another protocol is a configuration error, not bad crash data.
            throw new HBaseGatewayException(HttpStatusCode.OK, $"the gateway's answer is not an HBase CellSet: {e.Message}");
        }
        return rows;
    }

    static async Task<HBaseGatewayException> ErrorAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (text.Length > 300)
            text = text[..300];
        return new HBaseGatewayException(response.StatusCode, $"{what}: HTTP {(int)response.StatusCode} {response.ReasonPhrase} {text}".TrimEnd());
    }
}
