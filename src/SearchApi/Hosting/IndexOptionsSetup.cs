using CrashSearch.Indexer;
using CrashSearch.Ingest.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>
/// What the API adds to the shared index registration: demo mode's default data directory, and the checks that
/// the configuration names something the API can serve.
/// </summary>
internal sealed class IndexOptionsSetup(IOptions<DemoOptions> demo)
    : IPostConfigureOptions<DataDirectoryOptions>,
        IValidateOptions<DataDirectoryOptions>,
        IValidateOptions<CrashIndexOptions>
{
    public const string Usage =
        "Choose what to serve:\n"
        + "  --demo        an embedded index under ./data/demo, filled with 20,000 synthetic crashes on first start\n"
        + "  --index DIR   an existing index, read-only, following the commits of a separate ingest process\n"
        + "  --urls URLS   where to listen (default http://127.0.0.1:5080)\n"
        + "(or set Index:Path, Index:ReadOnly and Demo:Enabled in configuration)";

    public void PostConfigure(string? name, DataDirectoryOptions options)
    {
        if (demo.Value.Enabled && string.IsNullOrWhiteSpace(options.Path))
            options.Path = DemoOptions.DefaultIndexPath;
    }

    public ValidateOptionsResult Validate(string? name, DataDirectoryOptions options) =>
        string.IsNullOrWhiteSpace(options.Path)
            ? ValidateOptionsResult.Fail($"No index to serve.\n{Usage}")
            : ValidateOptionsResult.Success;

    public ValidateOptionsResult Validate(string? name, CrashIndexOptions options)
    {
        if (demo.Value.Enabled && options.ReadOnly)
            return ValidateOptionsResult.Fail("Demo mode writes synthetic crashes into its index, so Index:ReadOnly cannot be set with it.");
        // Crashes older than retention would be indexed and then deleted with their week at the next commit.
        if (demo.Value.Enabled && options.RetentionWeeks is { } weeks && demo.Value.Days > weeks * 7)
            return ValidateOptionsResult.Fail($"Demo:Days ({demo.Value.Days}) reaches past Index:RetentionWeeks ({weeks} weeks); lower one or raise the other.");
        return ValidateOptionsResult.Success;
    }
}
