using CrashSearch.WebUi.Tests.Support;

namespace CrashSearch.WebUi.Tests.Screenshots;

/// <summary>
/// Regenerates docs/screenshots/*.png, one per page, with <c>UPDATE_SCREENSHOTS=1</c> (see docs/web-ui.md); skipped
/// otherwise, so that ordinary runs leave the committed pictures alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserApp app)
{
    static readonly (string Name, string Path)[] Shots =
    [
        ("search", "/search?q=" + Uri.EscapeDataString("signature:~OOM")),
        ("search-error", "/search?q=" + Uri.EscapeDataString("product:Firefox AND )")),
        ("crash", "/crash/crash-02?q=" + Uri.EscapeDataString("function:\"js::gc::Sweep\"")),
        ("signature", "/signature?s=" + Uri.EscapeDataString("OOM | small")),
        ("topcrashers", "/topcrashers?product=Firefox&days=7"),
        ("signin", "/signin"),
    ];

    [Fact]
    public async Task Screenshots_of_each_page_are_written_when_asked()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1",
            "Set UPDATE_SCREENSHOTS=1 to regenerate docs/screenshots.");
        var directory = RepositoryFiles.PathOf("docs", "screenshots");
        Directory.CreateDirectory(directory);
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        foreach (var (name, path) in Shots)
        {
            await page.GotoAsync(path);
            await page.ScreenshotAsync(new() { Path = PathOf(directory, name), FullPage = true });
        }
        await Pages.SignInAsync(page, app.WriterKey);
        await page.GotoAsync("/saved");
        await page.ScreenshotAsync(new() { Path = PathOf(directory, "saved"), FullPage = true });

        Assert.All(Shots, shot => Assert.True(new FileInfo(PathOf(directory, shot.Name)).Length > 0));
    }

    static string PathOf(string directory, string name) => System.IO.Path.Combine(directory, name + ".png");
}
