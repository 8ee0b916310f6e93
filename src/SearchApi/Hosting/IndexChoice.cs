using CrashSearch.Ingest.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>
/// Checks, before the server starts, that the host was told what to serve and that the index options are valid.
/// Without <c>--demo</c> or <c>--index</c> the API exits with code 2 and says how to choose, rather than silently
/// creating a demo index in whatever directory it was started from; a bad <c>Index:Backend</c>, or an engine without
/// its settings (<c>Elasticsearch:Url</c>), is refused the same way.
/// </summary>
internal static class IndexChoice
{
    public static bool IsMade(WebApplication app, TextWriter error)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
            app.Services.CheckCrashIndexOptions();
            return true;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
                error.WriteLine(failure);
            return false;
        }
        catch (InvalidOperationException e)
            when (e.InnerException is FormatException or InvalidOperationException or null)
        {
            // The configuration binder's own refusal, e.g. an Index:Backend that names no engine: its message names
            // the key.
            error.WriteLine(e.Message);
            return false;
        }
    }
}
