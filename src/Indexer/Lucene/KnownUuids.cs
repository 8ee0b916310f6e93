using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The uuids a week may hold, as 64-bit hashes: never a false "absent", rarely a false "present". With it, a
/// crash seen for the first time is added without Lucene's delete-by-uuid, whose cost grows with the index (every
/// update looks the uuid up in every segment), and a crash is deleted from another week only where it may be.
/// About 24 bytes per crash, held by the writing process only. Not thread-safe.
/// </summary>
internal sealed class KnownUuids
{
    const ulong FNV_OFFSET = 14695981039346656037;
    const ulong FNV_PRIME = 1099511628211;

    readonly HashSet<ulong> _hashes = [];

    /// <summary>The uuids of every document of <paramref name="reader"/>, deleted ones included (they only cost an update).</summary>
    public static KnownUuids Of(IndexReader? reader)
    {
        var known = new KnownUuids();
        if (reader is null)
            return known;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms("uuid");
            if (terms is null)
                continue;
            var uuids = terms.GetEnumerator();
            while (uuids.MoveNext())
                known._hashes.Add(Hash(uuids.Term));
        }
        return known;
    }

    public bool MayContain(ulong hash) => _hashes.Contains(hash);

    public void Add(ulong hash) => _hashes.Add(hash);

    /// <summary>FNV-1a over the UTF-8 bytes, as the uuid term is stored.</summary>
    public static ulong Hash(string uuid)
    {
        // Crash ids are at most 64 ASCII characters: no allocation for them, on the indexing loop's serial path.
        var length = Encoding.UTF8.GetMaxByteCount(uuid.Length);
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        return Hash(bytes[..Encoding.UTF8.GetBytes(uuid, bytes)]);
    }

    static ulong Hash(BytesRef term) => Hash(term.Bytes.AsSpan(term.Offset, term.Length));

    static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = FNV_OFFSET;
        foreach (var b in bytes)
            hash = (hash ^ b) * FNV_PRIME;
        return hash;
    }
}
