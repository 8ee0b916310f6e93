using System.Globalization;
using Npgsql;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>
/// Parses <c>postgres:&lt;connection string&gt;[?options]</c>: the connection string in Npgsql's
/// <c>Host=..;Database=..</c> form or as a URL (<c>postgres://user:password@host:port/database</c>), then options
/// <c>table=a,b,processed_crashes_*</c>, <c>column=</c>, <c>from=2026-01-01</c>, <c>batch=1000</c>,
/// <c>poll=2s</c>, <c>overlap=10s</c>, <c>channel=</c>.
/// </summary>
internal static class PostgresSpec
{
    public static readonly string[] Prefixes = ["postgres:", "postgresql:"];

    const string Options = "table, column, from, batch, poll, overlap and channel";

    /// <exception cref="ArgumentException">The spec is malformed.</exception>
    public static PostgresSourceOptions Parse(string spec, bool follow)
    {
        var prefix = Prefixes.First(p => spec.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        var body = spec[prefix.Length..];
        var question = body.LastIndexOf('?');
        var connection = question < 0 ? body : body[..question];
        var connectionString = ConnectionString(spec, connection);
        var options = new PostgresSourceOptions { ConnectionString = connectionString, Follow = follow };
        if (question < 0)
            return options;
        foreach (var pair in body[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            var value = Uri.UnescapeDataString(equals < 0 ? "" : pair[(equals + 1)..]);
            if (value.Length == 0)
                throw new ArgumentException($"'{Redacted(spec)}': option '{key}' needs a value.", nameof(spec));
            options = key switch
            {
                "table" => With(options, tables: Tables(spec, value)),
                "column" => With(options, column: Identifier(spec, key, value)),
                "channel" => With(options, channel: Identifier(spec, key, value)),
                "from" => With(options, from: Date(spec, value)),
                "batch" => With(options, batch: Count(spec, value)),
                "poll" => With(options, poll: Duration(spec, key, value, allowZero: false)),
                "overlap" => With(options, overlap: Duration(spec, key, value, allowZero: true)),
                _ => throw new ArgumentException($"'{Redacted(spec)}': unknown option '{key}'; PostgreSQL sources take {Options}.", nameof(spec)),
            };
        }
        return options;
    }

    static PostgresSourceOptions With(
        PostgresSourceOptions o, IReadOnlyList<string>? tables = null, string? column = null, string? channel = null, DateTimeOffset? from = null,
        int? batch = null, TimeSpan? poll = null, TimeSpan? overlap = null) => new()
    {
        ConnectionString = o.ConnectionString,
        Follow = o.Follow,
        Retry = o.Retry,
        Tables = tables ?? o.Tables,
        Column = column ?? o.Column,
        Channel = channel ?? o.Channel,
        From = from ?? o.From,
        BatchSize = batch ?? o.BatchSize,
        PollInterval = poll ?? o.PollInterval,
        Overlap = overlap ?? o.Overlap,
    };

    /// <summary>The spec with any password masked, for error messages and logs.</summary>
    public static string Redacted(string spec)
    {
        var redacted = System.Text.RegularExpressions.Regex.Replace(spec, "(?i)(password\\s*=\\s*)[^;?]*", "$1***", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return System.Text.RegularExpressions.Regex.Replace(redacted, "(//[^:/@]+:)[^@/]*@", "$1***@", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    static string ConnectionString(string spec, string connection)
    {
        if (connection.Length == 0)
            throw new ArgumentException($"'{Redacted(spec)}': the connection string is empty; give postgres:Host=...;Database=... or postgres://user@host/database.", nameof(spec));
        var builder = new NpgsqlConnectionStringBuilder();
        try
        {
            if (connection.StartsWith("//", StringComparison.Ordinal))
                FromUrl(builder, new Uri("postgres:" + connection));
            else
                builder.ConnectionString = connection;
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException)
        {
            throw new ArgumentException($"'{Redacted(spec)}': the connection string is not valid: {e.Message}", nameof(spec), e);
        }
        if (string.IsNullOrEmpty(builder.Host))
            throw new ArgumentException($"'{Redacted(spec)}': the connection string names no host.", nameof(spec));
        return builder.ConnectionString;
    }

    static void FromUrl(NpgsqlConnectionStringBuilder builder, Uri url)
    {
        builder.Host = url.Host;
        if (url.Port > 0)
            builder.Port = url.Port;
        var database = url.AbsolutePath.Trim('/');
        if (database.Length > 0)
            builder.Database = Uri.UnescapeDataString(database);
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
        }
    }

    static string[] Tables(string spec, string value)
    {
        var tables = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var table in tables)
        {
            foreach (var part in table.Split('.'))
                Identifier(spec, "table", part.Replace("*", "", StringComparison.Ordinal).Length == 0 ? "x" : part.Replace("*", "", StringComparison.Ordinal));
        }
        return tables.Length > 0 ? tables : throw new ArgumentException($"'{Redacted(spec)}': option 'table' names no table.", nameof(spec));
    }

    /// <summary>Names go into SQL quoted, but only plain ones are accepted, so that a typo fails here rather than in SQL.</summary>
    static string Identifier(string spec, string key, string value)
    {
        if (value.Length > 63 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(value[0]))
            throw new ArgumentException($"'{Redacted(spec)}': {key} '{value}' is not a plain SQL name (letters, digits and '_', at most 63).", nameof(spec));
        return value;
    }

    static DateTimeOffset Date(string spec, string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : throw new ArgumentException($"'{Redacted(spec)}': from '{value}' is not a date (e.g. 2026-01-01 or 2026-01-01T12:00:00Z).", nameof(spec));

    static int Count(string spec, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 100_000
            ? count
            : throw new ArgumentException($"'{Redacted(spec)}': batch must be a whole number from 1 to 100000, not '{value}'.", nameof(spec));

    /// <summary>A duration such as <c>500ms</c>, <c>2s</c>, <c>1m</c>.</summary>
    public static TimeSpan Duration(string spec, string key, string value, bool allowZero)
    {
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : value.EndsWith('m') ? (value[..^1], 60_000.0)
            : (value, double.NaN);
        if (double.IsNaN(unit) || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || (amount == 0 && !allowZero))
            throw new ArgumentException($"'{Redacted(spec)}': {key} must be a duration such as 500ms, 2s or 1m, not '{value}'.", nameof(spec));
        return TimeSpan.FromMilliseconds(amount * unit);
    }
}
