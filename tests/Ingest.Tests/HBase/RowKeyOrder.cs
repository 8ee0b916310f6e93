namespace CrashSearch.Ingest.Tests.HBase;

/// <summary>HBase orders row keys as unsigned bytes.</summary>
sealed class RowKeyOrder : IComparer<byte[]>
{
    public static readonly RowKeyOrder Instance = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y.AsSpan());
}
