namespace CrashSearch.SearchApi.Web;

/// <summary>Who is looking at a page, as the page needs to know it.</summary>
/// <param name="KeyName">The name of the signed-in API key; null when anonymous.</param>
/// <param name="CanReadProtected">Whether protected fields are shown.</param>
/// <param name="CanWrite">Whether the caller may save searches and create alerts.</param>
/// <param name="CsrfField">The antiforgery form field's name.</param>
/// <param name="CsrfToken">The antiforgery token every form that changes state posts back.</param>
/// <param name="KeyRejected">The sign-in cookie holds a key that is no longer valid.</param>
public sealed record WebCaller(
    string? KeyName, bool CanReadProtected, bool CanWrite, string CsrfField, string CsrfToken, bool KeyRejected)
{
    public bool SignedIn => KeyName is not null;
}
