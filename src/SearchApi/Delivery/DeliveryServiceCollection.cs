using CrashSearch.Ingest.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>Registers the outbox, its sender, public links and unsubscriptions.</summary>
internal static class DeliveryServiceCollection
{
    /// <summary>The folder of the data directory that holds the Data Protection keys (unsubscribe tokens).</summary>
    public const string KeysFolder = "data-protection-keys";

    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PublicUrlOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.PublicBaseUrl = configuration[PublicUrlOptions.Key] ?? PublicUrlOptions.Default)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicUrlOptions>, PublicUrls.Validation>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<Unsubscriptions>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidation>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Webhook URLs come from alert owners: redirects are not followed, so a call goes only where the URL says.
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<OutboxLeases>();
        services.AddHostedService<OutboxSender>();
        services.AddDataProtectionKeysInDataDirectory();
        return services;
    }

    // Unsubscribe links must stay valid across restarts, so the keys that sign them are kept with the data; every
    // process that shares the data directory (or a copy of this folder) reads the same tokens.
    static void AddDataProtectionKeysInDataDirectory(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("CrashSearch");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<DataDirectoryOptions>, ILoggerFactory>((options, data, logs) =>
                options.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(data.Value.FullPath(), KeysFolder)), logs));
    }
}
