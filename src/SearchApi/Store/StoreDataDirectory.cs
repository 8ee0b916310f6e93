using CrashSearch.Ingest.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Store;

/// <summary>
/// Puts the SQLite store in the data directory (<c>Data:Path</c>, by default the directory given with
/// <c>--index</c>) unless a connection string or a SQLite path is configured.
/// </summary>
internal sealed class StoreDataDirectory(IOptions<DataDirectoryOptions> data) : IPostConfigureOptions<StoreOptions>
{
    public void PostConfigure(string? name, StoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.SqlitePath))
            options.SqlitePath = Path.Combine(data.Value.FullPath(), StoreOptions.SqliteFileName);
    }
}
