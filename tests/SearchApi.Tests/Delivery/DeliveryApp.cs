using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>
/// The real host over an empty index, its outbox sending to <see cref="SmtpSink"/> (when given) and polling often,
/// with short retry delays, so that outages and retries play out within a test.
/// </summary>
internal sealed class DeliveryApp : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://crash.example.org/";

    readonly TempDirectory _directory = new("delivery");
    readonly LuceneCrashIndex _index;
    readonly CrashSearchApp _app;

    /// <param name="sink">The SMTP server mail goes to; null leaves <c>Smtp:Host</c> unset.</param>
    /// <param name="settings">More configuration, over the defaults here.</param>
    /// <param name="sender">False: no background sender; the test runs <see cref="NewSender"/> itself.</param>
    public DeliveryApp(SmtpSink? sink, IReadOnlyDictionary<string, string?>? settings = null, bool sender = true)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Index:Path"] = _directory.Path,
            ["PublicBaseUrl"] = PublicBaseUrl,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:FirstRetryDelay"] = "00:00:00.100",
            ["Outbox:MaxRetryDelay"] = "00:00:00.400",
        };
        if (sink is not null)
        {
            configuration["Smtp:Host"] = "127.0.0.1";
            configuration["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            configuration["Smtp:From"] = "Crash Search <crash-search@example.org>";
            configuration["Smtp:Security"] = "None";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        // The test owns the (empty) index, as SampleApi does, and closes it after the app.
        _index = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default, new LuceneIndexOptions());
        _app = new CrashSearchApp(configuration, services =>
        {
            services.AddSingleton<ICrashIndex>(_index);
            if (!sender)
                services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType == typeof(OutboxSender)));
        });
        Client = _app.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public Outbox Outbox => Services.GetRequiredService<Outbox>();

    /// <summary>A sender over the app's services that the test drives with
    /// <see cref="OutboxSender.SendDueAsync"/>.</summary>
    public OutboxSender NewSender() => ActivatorUtilities.CreateInstance<OutboxSender>(Services);

    /// <summary>Waits (within <see cref="Eventually"/>'s limit) until the message is as <paramref name="wanted"/> says.
    /// </summary>
    public async Task<OutboxEntry> WaitForAsync(string key, Func<OutboxEntry, bool> wanted, string what)
    {
        OutboxEntry? entry = null;
        await Eventually.TrueAsync(async () =>
        {
            entry = await Outbox.FindAsync(key, TestContext.Current.CancellationToken);
            return entry is not null && wanted(entry);
        }, $"{key}: {what}");
        return entry!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        _index.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
