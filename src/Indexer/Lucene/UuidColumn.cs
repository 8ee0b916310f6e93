using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// One segment's uuids in memory, for pages that return them and ties that compare them without a doc values read
/// from disk per hit (most of a page's cost). Crash ids are canonical lower-case UUIDs (<c>8-4-4-4-12</c> hex digits),
/// packed here into 16 bytes each; any other uuid, or none, is marked and read from doc values instead.
/// </summary>
internal sealed class UuidColumn
{
    const int LENGTH = 36;
    const int PACKED = 16;

    static ReadOnlySpan<byte> HEX => "0123456789abcdef"u8;

    /// <summary>Where the two hex digits of each packed byte go in the 36 characters.</summary>
    static ReadOnlySpan<byte> CHAR_POSITIONS => [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

    readonly byte[] _packed;
    readonly ulong[] _other;

    UuidColumn(byte[] packed, ulong[] other)
    {
        _packed = packed;
        _other = other;
    }

    public static UuidColumn Build(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var packed = new byte[maxDoc * PACKED];
        var other = new ulong[(maxDoc + 63) >> 6];
        var uuids = reader.GetSortedDocValues("uuid");
        if (uuids is null)
        {
            Array.Fill(other, ulong.MaxValue);
            return new UuidColumn(packed, other);
        }
        // Terms in ordinal order read the doc values sequentially; per document they would be random reads.
        var byOrd = new byte[uuids.ValueCount * PACKED];
        var canonical = new bool[uuids.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < uuids.ValueCount; ord++)
        {
            uuids.LookupOrd(ord, term);
            canonical[ord] = TryPack(term, byOrd.AsSpan(ord * PACKED, PACKED));
        }
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var ord = uuids.GetOrd(doc);
            if (ord >= 0 && canonical[ord])
                byOrd.AsSpan(ord * PACKED, PACKED).CopyTo(packed.AsSpan(doc * PACKED, PACKED));
            else
                other[doc >> 6] |= 1UL << doc;
        }
        return new UuidColumn(packed, other);
    }

    /// <summary>The document's uuid in <paramref name="into"/>; false when it must be read from doc values.</summary>
    public bool TryGet(int doc, BytesRef into)
    {
        if (!IsPacked(doc))
            return false;
        if (into.Bytes.Length < LENGTH)
            into.Bytes = new byte[LENGTH];
        into.Offset = 0;
        into.Length = LENGTH;
        Unpack(_packed.AsSpan(doc * PACKED, PACKED), into.Bytes.AsSpan(0, LENGTH));
        return true;
    }

    /// <summary>The document's uuid; false when it must be read from doc values.</summary>
    public bool TryGet(int doc, out string uuid)
    {
        if (!IsPacked(doc))
        {
            uuid = "";
            return false;
        }
        uuid = string.Create(LENGTH, (Packed: _packed, Start: doc * PACKED), static (chars, at) => Unpack(at.Packed.AsSpan(at.Start, PACKED), chars));
        return true;
    }

    bool IsPacked(int doc) => (_other[doc >> 6] & (1UL << doc)) == 0;

    static void Unpack(ReadOnlySpan<byte> packed, Span<byte> uuid)
    {
        Span<char> chars = stackalloc char[LENGTH];
        Unpack(packed, chars);
        for (var i = 0; i < LENGTH; i++)
            uuid[i] = (byte)chars[i];
    }

    static void Unpack(ReadOnlySpan<byte> packed, Span<char> uuid)
    {
        var hex = HEX;
        var positions = CHAR_POSITIONS;
        for (var i = 0; i < PACKED; i++)
        {
            var pair = packed[i];
            var at = positions[i];
            uuid[at] = (char)hex[pair >> 4];
            uuid[at + 1] = (char)hex[pair & 0xF];
        }
        uuid[8] = uuid[13] = uuid[18] = uuid[23] = '-';
    }

    static bool IsDash(int i) => i is 8 or 13 or 18 or 23;

    static bool TryPack(BytesRef term, Span<byte> packed)
    {
        if (term.Length != LENGTH)
            return false;
        var bytes = term.Bytes.AsSpan(term.Offset, LENGTH);
        var digit = 0;
        packed.Clear();
        for (var i = 0; i < LENGTH; i++)
        {
            var c = bytes[i];
            if (IsDash(i))
            {
                if (c != '-')
                    return false;
                continue;
            }
            int nibble;
            if (c is >= (byte)'0' and <= (byte)'9')
                nibble = c - '0';
            else if (c is >= (byte)'a' and <= (byte)'f')
                nibble = c - 'a' + 10;
            else
                return false;
            packed[digit >> 1] |= (byte)(nibble << ((digit & 1) == 0 ? 4 : 0));
            digit++;
        }
        return true;
    }
}
