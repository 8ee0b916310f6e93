using System.Globalization;

namespace CrashSearch.Ingest;

/// <summary>The command line: <c>--source SPEC --index DIR [--data DIR] [--once] [--retention-weeks N|none]</c>.
/// </summary>
internal sealed record IngestArguments(
    string Source, string Index, bool Once, int? RetentionWeeks = IngestArguments.DefaultRetentionWeeks)
{
    /// <summary>The API's default <c>Index:RetentionWeeks</c>: the weeks a search reads unless configured otherwise.
    /// </summary>
    public const int DefaultRetentionWeeks = 26;

    /// <summary>The data directory (the quarantine); the index directory unless <c>--data</c> names another.</summary>
    public string Data { get; init; } = Index;

    public const string Usage = """
        usage: CrashSearch.Ingest --source SPEC --index DIR [--data DIR] [--once] [--retention-weeks N|none]
               CrashSearch.Ingest repair --index DIR --week YYYY-Www   (a damaged week; see docs/ingest.md)

          --source SPEC  where crashes come from:
                           FILE.json           one processed crash
                           FILE.jsonl[.gz]     one processed crash per line
                           DIR                 *.json and Socorro processed_crash/<uuid> files, recursively
                           -                   JSON lines on standard input
                           synthetic:COUNT[?seed=N&days=D]   generated crashes over the last D days (default 30)
                           postgres:CONNECTION[?table=T&from=DATE&batch=N&poll=2s]   a PostgreSQL table, tables or view
                           hbase:http://GATEWAY:PORT/TABLE[?column=F:Q&from=..&to=..]  HBase through its REST gateway
                         (PostgreSQL and HBase resume from the index's checkpoint; see docs/ingest.md)
          --index DIR    the index directory (created if missing); bad records go to DIR/quarantine
          --data DIR     the data directory, if not the index directory: bad records go to DIR/quarantine
          --once         stop when the source is drained (otherwise a directory, table or HBase table is followed)
          --retention-weeks N|none
                         weeks the searches read, as the API's Index:RetentionWeeks (default 26); crashes dated
                         before them are quarantined, since no search would find them; none takes every date
        """;

    /// <summary>Parses the arguments; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out IngestArguments? arguments, out string? error)
    {
        arguments = null;
        string? source = null, index = null, data = null, retention = null;
        var once = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            switch (name)
            {
                case "--once" when inlineValue is null:
                    once = true;
                    break;
                case "--source" or "--index" or "--data" or "--retention-weeks":
                    var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                    if (string.IsNullOrEmpty(value))
                        return Fail($"{name} needs a value.", out error);
                    ref var slot = ref name == "--source" ? ref source
                        : ref name == "--index" ? ref index
                        : ref name == "--data" ? ref data
                        : ref retention;
                    if (slot is not null)
                        return Fail($"{name} is given twice.", out error);
                    slot = value;
                    break;
                default:
                    return Fail($"unknown argument '{args[i]}'.", out error);
            }
        }
        if (source is null || index is null)
            return Fail(source is null ? "--source is required." : "--index is required.", out error);
        int? weeks = DefaultRetentionWeeks;
        if (retention is "none")
            weeks = null;
        else if (retention is not null)
        {
            if (!int.TryParse(retention, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                return Fail(
                    $"--retention-weeks takes a whole number of weeks from 1, or none, not '{retention}'.", out error);
            weeks = number;
        }
        arguments = new IngestArguments(source, index, once, weeks) { Data = data ?? index };
        error = null;
        return true;
    }

    static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }

    static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
