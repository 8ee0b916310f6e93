using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace CrashSearch.Ingest.Tests.HBase;

/// <summary>
/// An in-process HBase REST gateway (Stargate) on a loopback port, speaking the scanner protocol as documented:
/// <c>POST /&lt;table&gt;/scanner</c> with an XML scanner (batch, startRow, endRow, startTime, endTime, column) answers
/// 201 with the scanner's URL in Location; <c>GET</c> on it answers a JSON CellSet of at most <c>batch</c> cells
/// with base64 keys, columns and values, then 204 when exhausted; <c>DELETE</c> removes it; an unknown scanner or
/// table is 404. Tests can make it answer 503 for a while or forget its scanners, as a restarted gateway does.
/// </summary>
sealed class StargateServer : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Lock _gate = new();
    readonly Dictionary<string, SortedDictionary<byte[], (string Column, byte[] Value, long Timestamp)>> _tables = new(StringComparer.Ordinal);
    readonly Dictionary<string, StargateScanner> _scanners = new(StringComparer.Ordinal);
    readonly Task _loop;
    int _failures;
    int _nextId;

    public StargateServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public int ScannersCreated { get; private set; }

    public int ScannersDeleted { get; private set; }

    public int OpenScanners
    {
        get
        {
            lock (_gate)
                return _scanners.Count;
        }
    }

    /// <summary>The scanner specs received, as XML text.</summary>
    public List<string> ScannerSpecs { get; } = [];

    public void Put(string table, string rowKey, string column, string value, long timestamp)
    {
        lock (_gate)
        {
            if (!_tables.TryGetValue(table, out var rows))
                _tables[table] = rows = new SortedDictionary<byte[], (string, byte[], long)>(RowKeyOrder.Instance);
            rows[Encoding.UTF8.GetBytes(rowKey)] = (column, Encoding.UTF8.GetBytes(value), timestamp);
        }
    }

    /// <summary>The next <paramref name="count"/> requests answer 503 Service Unavailable.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failures, count);

    /// <summary>Forgets every scanner, as a gateway restart does.</summary>
    public void ForgetScanners()
    {
        lock (_gate)
            _scanners.Clear();
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            try
            {
                await HandleAsync(context);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            response.StatusCode = 503;
            return;
        }
        var segments = request.Url!.AbsolutePath.Trim('/').Split('/');
        if (segments is [var table, "scanner"] && request.HttpMethod == "POST")
        {
            using var body = new StreamReader(request.InputStream);
            var spec = await body.ReadToEndAsync();
            lock (_gate)
            {
                ScannerSpecs.Add(spec);
                if (!_tables.ContainsKey(table))
                {
                    response.StatusCode = 404;
                    return;
                }
                var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
                _scanners[id] = StargateScanner.Parse(table, XElement.Parse(spec));
                ScannersCreated++;
                response.StatusCode = 201;
                response.Headers["Location"] = $"{Url}{table}/scanner/{id}";
            }
            return;
        }
        if (segments is [_, "scanner", var scannerId])
        {
            lock (_gate)
            {
                if (!_scanners.TryGetValue(scannerId, out var scanner))
                {
                    response.StatusCode = 404;
                    return;
                }
                if (request.HttpMethod == "DELETE")
                {
                    _scanners.Remove(scannerId);
                    ScannersDeleted++;
                    response.StatusCode = 200;
                    return;
                }
                var cells = scanner.Take(_tables[scanner.Table]);
                if (cells.Count == 0)
                {
                    response.StatusCode = 204;
                    return;
                }
                response.StatusCode = 200;
                response.ContentType = "application/json";
                var json = CellSet(cells);
                response.OutputStream.Write(json);
            }
            return;
        }
        response.StatusCode = 400;
    }

    static byte[] CellSet(List<(byte[] Key, string Column, byte[] Value, long Timestamp)> cells)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("Row");
            foreach (var (key, column, value, timestamp) in cells)
            {
                json.WriteStartObject();
                json.WriteBase64String("key", key);
                json.WriteStartArray("Cell");
                json.WriteStartObject();
                json.WriteBase64String("column", Encoding.UTF8.GetBytes(column));
                json.WriteNumber("timestamp", timestamp);
                json.WriteBase64String("$", value);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
