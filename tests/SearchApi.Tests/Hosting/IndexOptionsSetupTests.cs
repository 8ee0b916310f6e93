using CrashSearch.Indexer;
using CrashSearch.Ingest.Hosting;
using CrashSearch.SearchApi.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.Hosting;

public sealed class IndexOptionsSetupTests
{
    static IndexOptionsSetup Setup(bool demo) => new(Options.Create(new DemoOptions { Enabled = demo }));

    [Fact]
    public void Demo_mode_defaults_the_data_directory_to_data_demo()
    {
        var data = new DataDirectoryOptions();
        Setup(demo: true).PostConfigure(null, data);
        Assert.Equal(DemoOptions.DefaultIndexPath, data.Path);
        Assert.True(Setup(demo: true).Validate(null, data).Succeeded);
    }

    [Fact]
    public void Without_an_index_or_demo_mode_validation_says_how_to_choose()
    {
        var data = new DataDirectoryOptions();
        Setup(demo: false).PostConfigure(null, data);
        var result = Setup(demo: false).Validate(null, data);
        Assert.True(result.Failed);
        Assert.Contains("--index DIR", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_mode_cannot_be_read_only()
    {
        var result = Setup(demo: true).Validate(null, new CrashIndexOptions { Path = "x", ReadOnly = true });
        Assert.True(result.Failed);
    }

    [Fact]
    public void Demo_crashes_cannot_reach_past_the_retention()
    {
        var setup = new IndexOptionsSetup(Options.Create(new DemoOptions { Enabled = true, Days = 200 }));
        var result = setup.Validate(null, new CrashIndexOptions { Path = "x", RetentionWeeks = 26 });
        Assert.True(result.Failed);
        Assert.Contains("Index:RetentionWeeks", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(setup.Validate(null, new CrashIndexOptions { Path = "x", RetentionWeeks = 30 }).Succeeded);
    }
}
