using System.Security.Cryptography;

namespace CrashSearch.SearchApi.Store;

/// <summary>Ids of what the store keeps for callers (saved searches, alerts): not guessable, never sequential.</summary>
internal static class StoreIds
{
    const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>128 random bits in lower-case base32: 26 URL-safe characters.</summary>
    public static string New()
    {
        var bytes = RandomNumberGenerator.GetBytes(16);
        var chars = new char[26];
        int buffer = 0, bits = 0, index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars);
    }
}
