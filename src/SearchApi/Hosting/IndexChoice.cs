using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>
/// Checks, before the server starts, that the host was told what to serve. Without <c>--demo</c> or <c>--index</c>
/// the API exits with code 2 and says how to choose, rather than silently creating a demo index in whatever
/// directory it was started from.
/// </summary>
internal static class IndexChoice
{
    public static bool IsMade(WebApplication app, TextWriter error)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<IndexOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
                error.WriteLine(failure);
            return false;
        }
    }
}
