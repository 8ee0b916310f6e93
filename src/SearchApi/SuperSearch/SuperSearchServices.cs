using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.Access;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>Registers what <c>/api/SuperSearch</c> needs; the host registers the <see cref="Indexer.ICrashIndex"/>.</summary>
internal static class SuperSearchServices
{
    /// <summary>The configuration section that overrides <see cref="SuperSearchLimits"/>, e.g. <c>SuperSearch:MaxWindowDays</c>.</summary>
    public const string Section = "SuperSearch";

    public static IServiceCollection AddSuperSearch(this IServiceCollection services)
    {
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccessOptions>();
        services.TryAddSingleton<CallerPermissionsResolver>();
        services.AddOptions<SuperSearchLimits>().BindConfiguration(Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SuperSearchLimits>, SuperSearchLimitsValidation>());
        services.TryAddSingleton(provider => new SuperSearchParser(
            provider.GetRequiredService<FieldCatalogue>(),
            provider.GetRequiredService<IOptions<SuperSearchLimits>>().Value));
        return services;
    }
}
