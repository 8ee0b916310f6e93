using System.Text.Encodings.Web;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>The small HTML pages of <c>/unsubscribe</c>: no script, no style sheet, every value encoded.</summary>
internal static class UnsubscribePage
{
    /// <summary>No script, no outside resource; the form may only post back here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    public static string Confirm(UnsubscribeToken token) => Page("Unsubscribe",
        $"""
        <p>This will stop {Encode(token.Description)} for {Encode(token.Recipient)}.</p>
        <form method="post"><button type="submit">Unsubscribe</button></form>
        """);

    public static string Done(UnsubscribeToken token) => Page("Unsubscribed",
        $"<p>Done: {Encode(token.Recipient)} will no longer receive {Encode(token.Description)}.</p>");

    public static string Invalid() => Page("This unsubscribe link is not valid",
        "<p>The link was changed or cut short, or it was made by another Crash Search installation. "
        + "Open the link from the mail exactly as it is; nothing was changed.</p>");

    static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    static string Page(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
        <h1>{title}</h1>
        {body}
        </body>
        </html>
        """;
}
