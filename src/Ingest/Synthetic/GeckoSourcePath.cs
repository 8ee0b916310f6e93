using System.Globalization;
using System.Text;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Socorro writes Gecko source files as <c>hg:hg.mozilla.org/&lt;repository&gt;:&lt;path&gt;:&lt;revision&gt;</c>; the
/// parts around the path depend only on the build, so they are encoded once per version.
/// </summary>
internal sealed class GeckoSourcePath
{
    readonly Dictionary<ProductVersion, (byte[] Prefix, byte[] Suffix)> _byVersion = new(ReferenceEqualityComparer.Instance);

    public (byte[] Prefix, byte[] Suffix) For(ProductVersion version)
    {
        if (!_byVersion.TryGetValue(version, out var parts))
        {
            var revision = SyntheticRandom.Mix(SyntheticRandom.Hash(version.Version), SyntheticRandom.Hash(version.Channel));
            parts = (Encoding.UTF8.GetBytes($"hg:hg.mozilla.org/{version.Repository}:"),
                Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $":{revision & 0xFFFFFFFFFFFF:x12}")));
            _byVersion[version] = parts;
        }
        return parts;
    }
}
