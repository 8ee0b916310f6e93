namespace CrashSearch.SearchApi.Campaigns;

/// <summary>Registers campaigns; they need saved searches and delivery (the outbox, unsubscriptions).</summary>
internal static class CampaignServices
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<CampaignAddresses>();
        services.AddSingleton<CampaignSender>();
        return services;
    }
}
