using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Lucene;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>Three crashes covering every field type, indexed once for the operator tests.</summary>
public sealed class OperatorFixture : IAsyncLifetime
{
    readonly TempDirectory _directory = new();

    public LuceneCrashIndex Index { get; private set; } = null!;

    public static IReadOnlyList<CrashDocument> Documents { get; } =
    [
        Crash("a", Monday.AddHours(1), new
        {
            signature = "OOM | small", product = "Firefox", version = "145.0", build_id = 20261101000000L, cpu_count = 4,
            startup_crash = true, platform = "Windows NT", addons = new[] { "a@x:1", "b@y:2" },
            url = "https://secret.example/a", user_comments = "my browser crashed badly",
        },
            Frame(0, "mozilla::dom::Element::GetAttr(int)", "xul.dll", "element.cpp"),
            Frame(1, null, "xul.dll"),
            Frame(2, "`anonymous namespace'::CrashFunction", "test_app.exe", @"c:\test_app.cc")),
        Crash("b", Monday.AddHours(2), new
        {
            signature = "js::gc::Sweep | Arena", product = "Fenix", version = "146.0b1", build_id = 20261110000000L, cpu_count = 8,
            startup_crash = false, platform = "Android", addons = new[] { "a@x:1" },
        },
            Frame(0, "std::rt::lang_start::<()>::{closure#0}", "libxul.so", "/rustc/abc/library/std/src/rt.rs"),
            Frame(1, "core::ptr::write_volatile::<u8>", "libxul.so"),
            Frame(2, "js::gc::Sweep", "libxul.so")),
        Crash("c", Monday.AddHours(3), new { signature = "OOM | large", product = "Firefox", version = "145.0", platform = "Linux" },
            Frame(0, "org.mozilla.gecko.GeckoApp$1.run", "classes.dex"),
            Frame(1, "mozilla::dom::Element::GetAttr(int)", "libxul.so")),
    ];

    public async ValueTask InitializeAsync()
    {
        Index = Open(_directory);
        await Index.IndexAsync(Documents, TestContext.Current.CancellationToken);
        await Index.CommitAsync(null, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Index.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
