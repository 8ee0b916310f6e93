namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>The SuperSearch app over <see cref="PlantedCrashes"/>: one crash with every field, one with none.</summary>
public sealed class PlantedCrashApp() : SuperSearchApp(PlantedCrashes.All);
