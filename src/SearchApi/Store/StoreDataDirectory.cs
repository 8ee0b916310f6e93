using CrashSearch.SearchApi.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Store;

/// <summary>
/// Puts the SQLite store in the data directory. Today that is the index directory (<c>Index:Path</c>, the
/// directory given with <c>--index</c>); this is the one place that says so, to rewire when the data directory
/// gets an option of its own.
/// </summary>
internal sealed class StoreDataDirectory(IOptions<IndexOptions> index) : IPostConfigureOptions<StoreOptions>
{
    public void PostConfigure(string? name, StoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.SqlitePath))
            options.SqlitePath = Path.Combine(index.Value.FullPath(), StoreOptions.SqliteFileName);
    }
}
