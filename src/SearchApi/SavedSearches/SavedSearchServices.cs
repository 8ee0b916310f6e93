using CrashSearch.SearchApi.Queries;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>Registers saved searches: their store (in the application store that the host adds with access) and
/// their conversion to questions.</summary>
internal static class SavedSearchServices
{
    public static IServiceCollection AddSavedSearches(this IServiceCollection services)
    {
        services.AddCrashQueries();
        services.AddSingleton<SavedSearchStore>();
        services.AddSingleton<SavedSearchQuestions>();
        return services;
    }
}
