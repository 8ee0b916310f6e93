using CrashSearch.Indexer;
using Microsoft.Extensions.Configuration;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary><c>Index:RetentionWeeks</c>: 26 unless configured; an empty value keeps every week.</summary>
public sealed class IndexRetentionOptionsTests
{
    static CrashIndexOptions Bind(string? value)
    {
        var settings = new Dictionary<string, string?> { ["Index:Path"] = "data" };
        if (value is not null)
            settings["Index:RetentionWeeks"] = value;
        var options = new CrashIndexOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(CrashIndexOptions.Section).Bind(options);
        return options;
    }

    [Fact]
    public void Retention_is_26_weeks_unless_configured()
    {
        Assert.Equal(26, Bind(null).RetentionWeeks);
        Assert.Equal(4, Bind("4").RetentionWeeks);
    }

    [Fact]
    public void An_empty_value_keeps_every_week()
    {
        Assert.Null(Bind("").RetentionWeeks);
    }

    [Fact]
    public void The_shipped_appsettings_say_26_weeks()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(RepositoryFiles.PathOf("src", "SearchApi", "appsettings.json"))
            .Build();
        Assert.Equal("26", configuration["Index:RetentionWeeks"]);
    }
}
