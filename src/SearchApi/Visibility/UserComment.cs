namespace CrashSearch.SearchApi.Visibility;

/// <summary>What a user wrote when a crash was reported (protected data).</summary>
internal sealed record UserComment(string Uuid, DateTimeOffset Date, string Comment);
