using System.Security.Cryptography;
using System.Text;

namespace CrashSearch.SearchApi.Keys;

/// <summary>
/// Makes keys and their stored form. A key is 32 random bytes (256 bits) from the system's cryptographic generator;
/// with that much entropy a plain SHA-256 cannot be reversed or guessed, so no slow password hash is needed, and
/// looking a key up costs one hash and one indexed read.
/// </summary>
internal static class ApiKeySecret
{
    /// <summary>Recognisable in logs and secret scanners.</summary>
    public const string Prefix = "csk_";

    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A short public id, shown in lists and used to revoke.</summary>
    public static string NewId() => "key_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
