using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CrashSearch.Benchmarks.Lucene;

/// <summary>
/// What an index folder weighs on disk, and how much of it is stored fields (the stored crash source returned with
/// hits: <c>.fdt</c>/<c>.fdx</c>, counted inside compound <c>.cfs</c> files too), so that the index proper can be
/// told apart from the stored copy of the crashes.
/// </summary>
internal sealed record IndexFootprint(long TotalBytes, long StoredFieldBytes, int Segments)
{
    public long IndexBytes => TotalBytes - StoredFieldBytes;

    public static IndexFootprint Measure(string root)
    {
        long total = 0, stored = 0;
        var segments = 0;
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            total += file.Length;
            switch (file.Extension)
            {
                case ".fdt" or ".fdx":
                    stored += file.Length;
                    break;
                case ".cfs":
                    stored += StoredInCompound(file);
                    break;
            }
            if (file.Extension is ".si")
                segments++;
        }
        return new IndexFootprint(total, stored, segments);
    }

    static long StoredInCompound(FileInfo file)
    {
        using LuceneDirectory folder = new NIOFSDirectory(file.DirectoryName!);
        using var compound = new CompoundFileDirectory(folder, file.Name, IOContext.READ_ONCE, openForWrite: false);
        return compound.ListAll()
            .Where(name => name.EndsWith(".fdt", StringComparison.Ordinal) || name.EndsWith(".fdx", StringComparison.Ordinal))
            .Sum(compound.FileLength);
    }
}
