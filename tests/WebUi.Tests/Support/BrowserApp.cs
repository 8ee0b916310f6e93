using System.Net;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Support;

/// <summary>
/// The real host on a real Kestrel port over a Lucene index of <see cref="SampleCrashes"/> (clock stopped at
/// <see cref="SampleCrashes.Now"/>), and one headless Debian Chromium driven by Playwright, shared by every test of
/// the collection. Without Chromium the browser tests skip (the HTTP ones still run), except in CI, where the
/// fixture fails them.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    static readonly string[] ChromiumArguments = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    readonly TempDirectory _directory = new("crash-search-webui-tests");
    CrashSearchApp? _app;
    LuceneCrashIndex? _index;
    IPlaywright? _playwright;
    IBrowser? _browser;

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>A key with the read-protected scope.</summary>
    public string ReaderKey { get; private set; } = "";

    /// <summary>A key with the write scope (saved searches, alerts) and read-protected.</summary>
    public string WriterKey { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    /// <summary>A client of the server that neither follows redirects nor keeps cookies.</summary>
    public HttpClient NewHttpClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var chromium = File.Exists(ChromiumPath);
        if (!chromium && ContinuousIntegration.IsRunning)
            throw new InvalidOperationException($"{ChromiumPath} is missing: CI must install chromium (.ci/run).");
        _index = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default,
            new LuceneIndexOptions { RefreshInterval = TimeSpan.Zero });
        await _index.IndexAsync(SampleCrashes.All, cancellationToken);
        await _index.CommitAsync(null, cancellationToken);
        _app = new CrashSearchApp(
            new Dictionary<string, string?> { ["Index:Path"] = _directory.Path },
            services =>
            {
                services.AddSingleton<ICrashIndex>(_index);
                services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now));
            });
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        ReaderKey = await TestKeys.CreateAsync(_app.Services, "read-protected", name: "reader");
        WriterKey = await TestKeys.CreateAsync(_app.Services, "read-protected,write", name: "writer");
        if (!chromium)
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArguments,
            Headless = true,
        });
    }

    /// <summary>A fresh browser context (no cookies) on the server; skips the test when Chromium is missing.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (_browser is null)
            Assert.Skip($"{ChromiumPath} is not installed (apt-get install -y chromium).");
        return await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _index?.Dispose();
        _directory.Dispose();
    }
}
