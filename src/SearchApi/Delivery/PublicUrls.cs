using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>Absolute links to this API, from <c>PublicBaseUrl</c> (which may hold a path, e.g. behind a proxy).
/// </summary>
internal sealed class PublicUrls(IOptions<PublicUrlOptions> options)
{
    public Uri BaseUrl { get; } = Parse(options.Value.PublicBaseUrl)
        ?? throw new OptionsValidationException(PublicUrlOptions.Key, typeof(PublicUrlOptions), [Problem]);

    const string Problem = "PublicBaseUrl must be an absolute http or https URL, e.g. https://crash.example.org";

    /// <summary>The absolute link to <paramref name="pathAndQuery"/> (e.g. <c>saved-searches/abc?x=1</c>).</summary>
    public Uri For(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    /// <summary>The base URL with a closing slash, so that relative links keep its path; null when it is not one.
    /// </summary>
    public static Uri? Parse(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>Checks <c>PublicBaseUrl</c> when the host starts.</summary>
    public sealed class Validation : IValidateOptions<PublicUrlOptions>
    {
        public ValidateOptionsResult Validate(string? name, PublicUrlOptions options) =>
            Parse(options.PublicBaseUrl) is null ? ValidateOptionsResult.Fail(Problem) : ValidateOptionsResult.Success;
    }
}
