using CrashSearch.Indexer.Documents;
using Npgsql;
using NpgsqlTypes;

namespace CrashSearch.Benchmarks.Postgres;

/// <summary>Writes one converted crash as a row of the comparison table, in the COPY column order of <see cref="PostgresLoader"/>.</summary>
internal static class CrashRow
{
    public static async Task WriteAsync(NpgsqlBinaryImporter importer, CrashDocument crash, IReadOnlyList<string> texts, IReadOnlyList<string> laterTexts, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(crash.Uuid, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(crash.Date.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
        foreach (var name in texts)
            await WriteAsync(importer, First(crash, name) as string, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await WriteAsync(importer, First(crash, "cpu_count") is long count ? (int)count : null, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await WriteAsync(importer, First(crash, "build_id"), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        foreach (var name in laterTexts)
            await WriteAsync(importer, First(crash, name) as string, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await WriteAsync(importer, First(crash, "uptime"), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await WriteAsync(importer, First(crash, "install_time"), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await WriteAsync(importer, First(crash, "startup_crash"), NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(Frames(crash, f => f.Function), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(Frames(crash, f => f.Module), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
    }

    static object? First(CrashDocument crash, string field) =>
        crash.Values.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>One element per frame, NULL when the frame has no value (as the index, an empty name counts as none).</summary>
    static string?[] Frames(CrashDocument crash, Func<CrashFrame, string?> property)
    {
        var values = new string?[crash.Frames.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = property(crash.Frames[i]) is { Length: > 0 } value ? value : null;
        return values;
    }

    static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
