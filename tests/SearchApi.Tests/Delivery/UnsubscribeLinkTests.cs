using CrashSearch.SearchApi.Delivery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>Signed unsubscribe links and the public links they are built on.</summary>
public sealed class UnsubscribeLinkTests : IDisposable
{
    readonly TempDirectory _keys = new("unsubscribe-keys");

    UnsubscribeLinks Links(string baseUrl = "https://crash.example.org/triage") =>
        new(DataProtectionProvider.Create(new DirectoryInfo(_keys.Path)),
            new PublicUrls(Options.Create(new PublicUrlOptions { PublicBaseUrl = baseUrl })));

    [Fact]
    public void Public_links_keep_the_path_of_the_base_url()
    {
        var urls = new PublicUrls(
            Options.Create(new PublicUrlOptions { PublicBaseUrl = "https://crash.example.org/t" }));
        Assert.Equal("https://crash.example.org/t/", urls.BaseUrl.AbsoluteUri);
        Assert.Equal("https://crash.example.org/t/crashes/abc?x=1", urls.For("/crashes/abc?x=1").AbsoluteUri);
        Assert.Null(PublicUrls.Parse("crash.example.org"));
        Assert.Null(PublicUrls.Parse("ftp://crash.example.org"));
    }

    [Fact]
    public void A_link_reads_back_what_it_stops_for_whom_even_after_a_restart()
    {
        var link = Links().For("Dev@Example.org", "alert:a1", "alert 'OOM on release'");
        Assert.StartsWith("https://crash.example.org/triage/unsubscribe?token=", link.AbsoluteUri,
            StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);

        // A new provider over the same key folder: what a restarted API has.
        var read = Links().Read(token);
        Assert.Equal(new UnsubscribeToken("dev@example.org", "alert:a1", "alert 'OOM on release'"), read);
    }

    [Fact]
    public void A_changed_or_foreign_token_reads_as_nothing()
    {
        var links = Links();
        var token = Uri.UnescapeDataString(links.For("dev@example.org", "campaigns", "campaigns").Query[7..]);
        var changed = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        Assert.Null(links.Read(changed));
        Assert.Null(links.Read("not-a-token"));
        Assert.Null(links.Read(""));
        using var elsewhere = new TempDirectory("other-keys");
        var foreign = new UnsubscribeLinks(DataProtectionProvider.Create(new DirectoryInfo(elsewhere.Path)),
            new PublicUrls(Options.Create(new PublicUrlOptions())));
        Assert.Null(foreign.Read(token));
    }

    public void Dispose() => _keys.Dispose();
}
