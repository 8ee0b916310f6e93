using System.Net;
using CrashSearch.SearchApi.GraphiQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace CrashSearch.SearchApi.Tests.GraphiQL;

/// <summary>A build without npm has no GraphiQL files; /graphiql then says how to install them.</summary>
public sealed class GraphiQLNotInstalledTests
{
    [Fact]
    public async Task Without_the_vendor_files_the_page_explains_how_to_install_them()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory("graphiql-without-vendor");
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "graphiql")))
            File.Copy(file, Path.Combine(directory.Path, Path.GetFileName(file)));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.MapGraphiQL(directory.Path);
        await app.StartAsync(cancellationToken);
        using var client = app.GetTestClient();

        using var page = await client.GetAsync("/graphiql", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("files were not installed", html, StringComparison.Ordinal);
        Assert.Contains("npm ci", html, StringComparison.Ordinal);
        using var style = await client.GetAsync("/graphiql/not-installed.css", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
    }
}
