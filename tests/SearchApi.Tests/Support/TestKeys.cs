using CrashSearch.SearchApi.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>Creates API keys in a running app's store, as an admin would.</summary>
public static class TestKeys
{
    /// <summary>A new key with <paramref name="scopes"/> (comma-separated); returns the key to send.</summary>
    public static async Task<string> CreateAsync(
        IServiceProvider services, string scopes, TimeSpan? lifetime = null, string name = "test")
    {
        var store = services.GetRequiredService<ApiKeyStore>();
        var created = await store.CreateAsync(name, ApiKeyScopes.Parse([scopes]), lifetime,
            TestContext.Current.CancellationToken);
        return created.Secret;
    }

    /// <summary>A key that was created and then revoked.</summary>
    public static async Task<string> CreateRevokedAsync(IServiceProvider services, string scopes)
    {
        var secret = await CreateAsync(services, scopes, name: "revoked");
        var store = services.GetRequiredService<ApiKeyStore>();
        var key = await store.FindAsync(secret, TestContext.Current.CancellationToken);
        await store.RevokeAsync(key!.Id, TestContext.Current.CancellationToken);
        return secret;
    }
}
