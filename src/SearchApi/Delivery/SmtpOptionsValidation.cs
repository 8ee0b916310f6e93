using Microsoft.Extensions.Options;
using MimeKit;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>What the <c>Smtp</c> section needs beyond its ranges, checked when the API starts.</summary>
internal sealed class SmtpOptionsValidation : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (!options.IsConfigured)
            return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(options.From) || !MailboxAddress.TryParse(options.From, out _))
            return ValidateOptionsResult.Fail(
                "Smtp:From must be the sender's address (e.g. crash-search@example.org) when Smtp:Host is set.");
        if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
            return ValidateOptionsResult.Fail("Smtp:UserName and Smtp:Password go together: set both or neither.");
        return ValidateOptionsResult.Success;
    }
}
