using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Support;

/// <summary>What the tests read off a page.</summary>
public static class Pages
{
    /// <summary>The crash ids of the results table, top to bottom.</summary>
    public static Task<IReadOnlyList<string>> UuidsAsync(IPage page) =>
        page.Locator("table.results tbody a.uuid").AllTextContentsAsync();

    public static async Task<string> TotalAsync(IPage page) => (await page.Locator("#total").TextContentAsync())!;

    /// <summary>Signs in through the sign-in form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }
}
