using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.FrontDoors;

/// <summary>
/// The real host over three crashes whose protected fields (url, email, user_comments) all hold <see cref="Marker"/>,
/// so that a response containing the marker anywhere has leaked protected data.
/// </summary>
public sealed class MarkedCrashesApi : IAsyncLifetime
{
    public const string Marker = "qzxleakqzx";

    /// <summary>A key with the read-protected scope.</summary>
    public string ReaderToken => Keys.ReadProtected;

    /// <summary>Keys in every state, made in this app's store.</summary>
    public CallerKeys Keys { get; private set; } = null!;

    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    readonly TempDirectory _directory = new("protected-leak");
    LuceneCrashIndex? _index;
    CrashSearchApp? _app;

    readonly IReadOnlyDictionary<string, string?> _settings;
    readonly Action<IServiceCollection>? _services;

    public MarkedCrashesApi()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The same app with more configuration, e.g. <c>Access:AnonymousRead=false</c>.</summary>
    internal MarkedCrashesApi(
        IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
    }

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _index = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default, new LuceneIndexOptions { RefreshInterval = TimeSpan.Zero });
        await _index.IndexAsync([Crash("leak-1", 1, "Firefox", marked: true), Crash("leak-2", 5, "Fenix", marked: true), Crash("leak-3", 9, "Firefox", marked: false)], cancellationToken);
        await _index.CommitAsync(null, cancellationToken);
        var index = _index;
        _app = new CrashSearchApp(
            new Dictionary<string, string?>(_settings) { ["Index:Path"] = _directory.Path },
            services =>
            {
                _services?.Invoke(services);
                services.AddSingleton<ICrashIndex>(index);
                services.AddSingleton<TimeProvider>(new StoppedClock(Now));
            });
        Client = _app.CreateClient();
        Keys = await CallerKeys.CreateAsync(_app.Services, Now);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _index?.Dispose();
        _directory.Dispose();
    }

    static CrashDocument Crash(string uuid, int hoursAgo, string product, bool marked)
    {
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["signature"] = ["OOM | small"],
            ["product"] = [product],
            ["platform"] = ["Linux"],
        };
        if (marked)
        {
            values["url"] = [$"https://example.com/{Marker}"];
            values["email"] = [$"{Marker}@example.com"];
            values["user_comments"] = [$"it broke {Marker} again"];
        }
        return new CrashDocument
        {
            Uuid = uuid,
            Date = Now.AddHours(-hoursAgo),
            Values = values,
            Frames = [new CrashFrame(0, "js::gc::Sweep", "xul.dll", "js/src/gc/Sweep.cpp", 10)],
        };
    }
}
