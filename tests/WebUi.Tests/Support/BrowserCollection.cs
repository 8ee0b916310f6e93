namespace CrashSearch.WebUi.Tests.Support;

/// <summary>One server and one browser for every browser test: starting Chromium is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
