using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>One key per scope and per state that must be refused, made in a running app's store.</summary>
public sealed record CallerKeys(
    string Read, string ReadProtected, string Write, string Admin, string Expired, string Revoked)
{
    /// <summary>Looks like a key; no store has it.</summary>
    public const string Unknown = "csk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    /// <summary>The key states every door is tried with.</summary>
    public static readonly string[] States = ["none", "unknown", "expired", "revoked", "wrong scope", "right scope"];

    /// <summary>The states a door must answer 401 whatever it is.</summary>
    public static bool IsRefusedKey(string state) => state is "unknown" or "expired" or "revoked";

    public static async Task<CallerKeys> CreateAsync(IServiceProvider services, DateTimeOffset now)
    {
        // An admin key that expired a day before the app's clock: expiry is the only reason to refuse it.
        var before = new ApiKeyStore(services.GetRequiredService<StoreDatabase>(), new StoppedClock(now.AddDays(-2)));
        var expired = await before.CreateAsync("expired", [ApiKeyScopes.Admin], TimeSpan.FromDays(1),
            TestContext.Current.CancellationToken);
        return new CallerKeys(
            await TestKeys.CreateAsync(services, ApiKeyScopes.Read),
            await TestKeys.CreateAsync(services, ApiKeyScopes.ReadProtected),
            await TestKeys.CreateAsync(services, ApiKeyScopes.Write),
            await TestKeys.CreateAsync(services, ApiKeyScopes.Admin),
            expired.Secret,
            await TestKeys.CreateRevokedAsync(services, ApiKeyScopes.Admin));
    }

    /// <summary>
    /// The key to send for <paramref name="state"/> at a door whose scope is <paramref name="right"/>.
    /// </summary>
    public string? For(string state, string right, string wrong) => state switch
    {
        "none" => null,
        "unknown" => Unknown,
        "expired" => Expired,
        "revoked" => Revoked,
        "wrong scope" => Scoped(wrong),
        "right scope" => Scoped(right),
        _ => throw new ArgumentException(state),
    };

    string Scoped(string scope) => scope switch
    {
        ApiKeyScopes.Read => Read,
        ApiKeyScopes.ReadProtected => ReadProtected,
        ApiKeyScopes.Write => Write,
        _ => Admin,
    };
}
