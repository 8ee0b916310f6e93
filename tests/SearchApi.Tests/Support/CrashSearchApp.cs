using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>The real host (Program.cs) in memory, configured through configuration keys as an operator would.</summary>
internal sealed class CrashSearchApp(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null, string environment = "Production")
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // The suite sends far more than 100 requests a minute from one (test server) address; the rate-limit tests
        // turn the limits back on through their settings.
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (services is not null)
            builder.ConfigureTestServices(services);
    }
}
