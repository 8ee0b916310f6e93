using System.Globalization;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>
/// A keyset position, (date_processed, uuid): the checkpoint string is <c>2026-11-18T09:30:00.123456Z|uuid</c>.
/// A null uuid means "from this date on, inclusive" (the <c>from=</c> option).
/// </summary>
internal readonly record struct PostgresKey(DateTime DateProcessed, string? Uuid)
{
    const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override string ToString() =>
        DateProcessed.ToString(Format, CultureInfo.InvariantCulture) + "|" + Uuid;

    /// <exception cref="ArgumentException">The text is not a position written by a PostgreSQL source.</exception>
    public static PostgresKey Parse(string position)
    {
        var bar = position.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || !DateTime.TryParseExact(position[..bar], Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            throw new ArgumentException($"'{position}' is not a PostgreSQL source position (date_processed|uuid).", nameof(position));
        var uuid = position[(bar + 1)..];
        return new PostgresKey(DateTime.SpecifyKind(date, DateTimeKind.Utc), uuid.Length == 0 ? null : uuid);
    }

    public int CompareTo(PostgresKey other)
    {
        var byDate = DateProcessed.CompareTo(other.DateProcessed);
        return byDate != 0 ? byDate : string.CompareOrdinal(Uuid, other.Uuid);
    }
}
