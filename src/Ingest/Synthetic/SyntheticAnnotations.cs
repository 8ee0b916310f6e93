namespace CrashSearch.Ingest.Synthetic;

/// <summary>Value pools for the annotations a crash reporter adds: locales, add-ons, devices, and protected data.</summary>
internal static class SyntheticAnnotations
{
    public static readonly WeightedChoice<string> Locales = new([
        ("en-US", 40), ("de", 12), ("fr", 8), ("es-ES", 5), ("ru", 5), ("pl", 4), ("ja", 4), ("pt-BR", 4), ("en-GB", 4),
        ("it", 3), ("zh-CN", 3), ("nl", 2), ("es-MX", 2), ("tr", 1), ("uk", 1), ("cs", 1), ("sv-SE", 1),
    ]);

    public static readonly string[] UserAddons =
    [
        "uBlock0@raymondhill.net:1.61.2",
        "{446900e4-71c2-419f-a6a7-df9c091e268b}:2024.11.2",
        "addon@darkreader.org:4.9.96",
        "@testpilot-containers:8.2.0",
        "jid1-MnnxcxisBPnSXQ@jetpack:2024.10.28",
        "{73a6fe31-595d-460b-a920-fcc0f8843232}:11.4.33",
        "{d7742d87-e61d-4b78-b8a1-b469842139fa}:2.1.2",
        "sponsorBlocker@ajay.app:5.10.4",
        "{c2c003ee-bd69-42a2-b0e9-6f34222cb046}:1.7.1",
        "{7be2ba16-0f1e-4d93-9ebc-5164397477a9}:1.6.1",
    ];

    public static readonly WeightedChoice<string> AndroidModels = new([
        ("SM-S918B", 12), ("Pixel 8", 10), ("Pixel 7a", 9), ("SM-A546B", 9), ("SM-G991B", 8), ("moto g(60)", 6),
        ("Redmi Note 12", 6), ("CPH2451", 4), ("SM-A155F", 5), ("Pixel 6", 5), ("2201117TY", 3), ("KB2003", 2),
    ]);

    public static readonly string[] UrlPrefixes =
    [
        "https://www.example.com/", "https://video.example.org/watch?v=", "https://mail.example.net/mail/u/0/#inbox/",
        "https://news.example.com/article/", "https://docs.example.org/document/d/", "https://shop.example.com/cart?item=",
    ];

    public static readonly string[] Comments =
    [
        "Firefox crashed while I was watching a video.",
        "It crashed again when I opened a new tab.",
        "crash on startup after the update",
        "I was just scrolling a page, nothing special.",
        "Happens every time I print a PDF.",
        "The browser froze for a few seconds and then closed.",
        "Crashed while typing in a form. I lost my text!",
    ];

    public static IReadOnlyList<string> SystemAddons(int major) =>
    [
        "formautofill@mozilla.org:1.0.1",
        "pictureinpicture@mozilla.org:1.0.0",
        $"webcompat@mozilla.org:{major}.3.0",
        "default-theme@mozilla.org:1.4.1",
    ];
}
