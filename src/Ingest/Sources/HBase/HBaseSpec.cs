using System.Globalization;
using CrashSearch.Ingest.Sources.Postgres;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>
/// Parses <c>hbase:&lt;REST gateway URL&gt;/&lt;table&gt;[?column=family:qualifier&amp;batch=100&amp;from=..&amp;to=..&amp;poll=5s]</c>,
/// e.g. <c>hbase:http://hbase-rest:8080/crash_reports</c>.
/// </summary>
internal static class HBaseSpec
{
    public const string Prefix = "hbase:";

    /// <exception cref="ArgumentException">The spec is malformed.</exception>
    public static HBaseSourceOptions Parse(string spec, bool follow)
    {
        var body = spec[Prefix.Length..];
        var question = body.IndexOf('?', StringComparison.Ordinal);
        var address = question < 0 ? body : body[..question];
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"'{spec}': expected hbase:http://HOST:PORT/TABLE (the REST gateway's URL, then the table).", nameof(spec));
        var path = url.AbsolutePath.TrimEnd('/');
        var slash = path.LastIndexOf('/');
        var table = Uri.UnescapeDataString(path[(slash + 1)..]);
        if (table.Length == 0)
            throw new ArgumentException($"'{spec}': the URL names no table; expected hbase:http://HOST:PORT/TABLE.", nameof(spec));
        var gateway = new UriBuilder(url) { Path = path[..(slash + 1)], Query = "", Fragment = "" }.Uri;
        var options = new HBaseSourceOptions { Gateway = gateway, Table = table, Follow = follow };
        if (question < 0)
            return options;
        string column = options.Column;
        int batch = options.BatchSize;
        DateTimeOffset? from = null, to = null;
        var poll = options.PollInterval;
        foreach (var pair in body[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            var value = Uri.UnescapeDataString(equals < 0 ? "" : pair[(equals + 1)..]);
            switch (key)
            {
                case "column" when value.IndexOf(':', StringComparison.Ordinal) > 0:
                    column = value;
                    break;
                case "batch" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= 10_000:
                    batch = size;
                    break;
                case "from" or "to" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date):
                    if (key == "from")
                        from = date;
                    else
                        to = date;
                    break;
                case "poll":
                    poll = PostgresSpec.Duration(spec, key, value, allowZero: false);
                    break;
                case "column" or "batch" or "from" or "to":
                    throw new ArgumentException($"'{spec}': {key} '{value}' is not valid ({Expected(key)}).", nameof(spec));
                default:
                    throw new ArgumentException($"'{spec}': unknown option '{key}'; HBase sources take column, batch, from, to and poll.", nameof(spec));
            }
        }
        return new HBaseSourceOptions { Gateway = gateway, Table = table, Follow = follow, Column = column, BatchSize = batch, From = from, To = to, PollInterval = poll };
    }

    static string Expected(string key) => key switch
    {
        "column" => "family:qualifier, as processed_data:json",
        "batch" => "a whole number from 1 to 10000",
        _ => "a date such as 2026-01-01 or 2026-01-01T12:00:00Z",
    };
}
