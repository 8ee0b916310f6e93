using System.Net;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>The text and HTML bodies of a campaign mail: the admin's message, then the opt-out link.</summary>
internal static class CampaignMail
{
    public static string Text(string body, Uri optOut) =>
        $"{body.TrimEnd()}\n\n--\nYou get this because you left this address with a crash report. To receive no "
        + $"more of these messages: {optOut.AbsoluteUri}\n";

    public static string Html(string body, Uri optOut)
    {
        var paragraphs = body.Trim().ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>");
        return $"<!DOCTYPE html><html><body>{string.Concat(paragraphs)}<hr><p>You get this because you left this "
            + "address with a crash report. <a href=\"" + WebUtility.HtmlEncode(optOut.AbsoluteUri)
            + "\">Receive no more of these messages</a>.</p></body></html>";
    }
}
