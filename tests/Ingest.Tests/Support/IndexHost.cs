using CrashSearch.Ingest.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>
/// A host with the index and ingest registrations over in-memory settings, as the ingest command builds it.
/// </summary>
static class IndexHost
{
    public static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCrashIndex();
        builder.Services.AddCrashIngest();
        return builder.Build();
    }
}
