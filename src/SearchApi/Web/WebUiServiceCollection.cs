namespace CrashSearch.SearchApi.Web;

/// <summary>Registers the web UI: Razor components rendered on the server, antiforgery, and its page services.
/// </summary>
internal static class WebUiServiceCollection
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "crashsearch-csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__csrf";
            options.HeaderName = null;
        });
        services.AddSingleton<WebCallers>();
        services.AddSingleton<WebSearch>();
        services.AddSingleton<WebCrashes>();
        return services;
    }
}
