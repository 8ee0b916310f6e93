namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>The uuids read within the overlap window, so that looking at the window again yields only rows committed late.</summary>
internal sealed class RecentKeys
{
    readonly HashSet<string> _uuids = new(StringComparer.Ordinal);
    readonly Queue<(DateTime Date, string Uuid)> _order = new();

    public bool Add(PostgresKey key)
    {
        if (!_uuids.Add(key.Uuid!))
            return false;
        _order.Enqueue((key.DateProcessed, key.Uuid!));
        return true;
    }

    public bool Contains(string uuid) => _uuids.Contains(uuid);

    /// <summary>Forgets uuids older than <paramref name="windowStart"/> (late rows, queued out of order, go a little later).</summary>
    public void Prune(DateTime windowStart)
    {
        while (_order.TryPeek(out var oldest) && oldest.Date <= windowStart)
        {
            _order.Dequeue();
            _uuids.Remove(oldest.Uuid);
        }
    }
}
