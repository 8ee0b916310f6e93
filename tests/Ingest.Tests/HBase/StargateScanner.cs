using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace CrashSearch.Ingest.Tests.HBase;

/// <summary>A scanner's state: where it is and what it filters.</summary>
sealed class StargateScanner
{
    public required string Table { get; init; }

    public required int Batch { get; init; }

    public byte[]? Position { get; set; }

    public bool Exhausted { get; set; }

    public byte[]? EndRow { get; init; }

    public long StartTime { get; init; }

    public long EndTime { get; init; } = long.MaxValue;

    public HashSet<string> Columns { get; } = new(StringComparer.Ordinal);

    public static StargateScanner Parse(string table, XElement spec)
    {
        var scanner = new StargateScanner
        {
            Table = table,
            Batch = int.Parse(spec.Attribute("batch")?.Value ?? "100", CultureInfo.InvariantCulture),
            Position = spec.Attribute("startRow") is { } start ? Convert.FromBase64String(start.Value) : null,
            EndRow = spec.Attribute("endRow") is { } end ? Convert.FromBase64String(end.Value) : null,
            StartTime = spec.Attribute("startTime") is { } from ? long.Parse(from.Value, CultureInfo.InvariantCulture) : 0,
            EndTime = spec.Attribute("endTime") is { } to ? long.Parse(to.Value, CultureInfo.InvariantCulture) : long.MaxValue,
        };
        foreach (var column in spec.Elements("column"))
            scanner.Columns.Add(Encoding.UTF8.GetString(Convert.FromBase64String(column.Value)));
        return scanner;
    }

    /// <summary>Up to <see cref="Batch"/> cells from <see cref="Position"/> on, advancing past them.</summary>
    public List<(byte[] Key, string Column, byte[] Value, long Timestamp)> Take(SortedDictionary<byte[], (string Column, byte[] Value, long Timestamp)> rows)
    {
        var cells = new List<(byte[], string, byte[], long)>();
        if (Exhausted)
            return cells;
        foreach (var (key, cell) in rows)
        {
            if (Position is not null && RowKeyOrder.Instance.Compare(key, Position) < 0)
                continue;
            if (EndRow is not null && RowKeyOrder.Instance.Compare(key, EndRow) >= 0)
                break;
            if (cells.Count == Batch)
            {
                Position = key;
                return cells;
            }
            if (cell.Timestamp >= StartTime && cell.Timestamp < EndTime && (Columns.Count == 0 || Columns.Contains(cell.Column)))
                cells.Add((key, cell.Column, cell.Value, cell.Timestamp));
        }
        Exhausted = true;
        return cells;
    }
}
