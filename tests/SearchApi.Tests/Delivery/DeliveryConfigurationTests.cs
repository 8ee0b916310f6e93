using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>The Smtp section and PublicBaseUrl are checked when the API starts, with a message naming the key.
/// </summary>
public sealed class DeliveryConfigurationTests : IDisposable
{
    readonly TempDirectory _directory = new("delivery-configuration");

    [Theory]
    [InlineData("Smtp:Host", "127.0.0.1", "Smtp:From")]
    [InlineData("Smtp:Port", "0", "Port")]
    [InlineData("Smtp:MaxMessagesPerMinute", "0", "MaxMessagesPerMinute")]
    [InlineData("PublicBaseUrl", "crash.example.org", "PublicBaseUrl")]
    [InlineData("Outbox:Lease", "00:00:00", "Lease")]
    public void A_delivery_setting_that_cannot_work_stops_the_start(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Index:Path"] = _directory.Path, [key] = value };
        using var app = new CrashSearchApp(settings);
        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_name_without_a_password_stops_the_start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Index:Path"] = _directory.Path,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "crash-search@example.org",
            ["Smtp:UserName"] = "mailer",
        };
        using var app = new CrashSearchApp(settings);
        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Smtp:Password", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
