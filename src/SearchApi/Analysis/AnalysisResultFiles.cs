using CrashSearch.Ingest.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Where job results live: <c>&lt;data&gt;/analysis/&lt;id&gt;.csv</c> and <c>.json</c>, written under a temporary
/// name and renamed when complete, so a download never sees half a result.
/// </summary>
internal sealed class AnalysisResultFiles(IOptions<DataDirectoryOptions> data)
{
    public string Directory => System.IO.Path.Combine(data.Value.FullPath(), "analysis");

    public string Path(string id, AnalysisResultFormat format) =>
        System.IO.Path.Combine(Directory, id + (format == AnalysisResultFormat.Csv ? ".csv" : ".json"));

    public string TemporaryPath(string id, AnalysisResultFormat format) => Path(id, format) + ".part";

    public void Prepare() => System.IO.Directory.CreateDirectory(Directory);

    public void Publish(string id)
    {
        foreach (var format in Formats)
            File.Move(TemporaryPath(id, format), Path(id, format), overwrite: true);
    }

    public void Delete(string id)
    {
        foreach (var format in Formats)
        {
            File.Delete(Path(id, format));
            File.Delete(TemporaryPath(id, format));
        }
    }

    static readonly AnalysisResultFormat[] Formats = [AnalysisResultFormat.Csv, AnalysisResultFormat.Json];
}
