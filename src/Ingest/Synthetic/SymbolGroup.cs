namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Functions of one component (DOM, layout, WebRender, ...) with where they run: crash sites are drawn from one
/// group, and the group's other functions fill the frames between the site and the thread's event loop.
/// </summary>
internal sealed record SymbolGroup(
    string Name,
    CodeLanguage Language,
    string ThreadName,
    ThreadKind Thread,
    string[] ProcessTypes,
    PlatformFamily Platforms,
    double Weight,
    StackSymbol[] Symbols)
{
    /// <summary>Thunderbird's own code: only Thunderbird crashes in it.</summary>
    public bool MailOnly { get; init; }
}
