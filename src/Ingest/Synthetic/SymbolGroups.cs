namespace CrashSearch.Ingest.Synthetic;

/// <summary>The components synthetic crashes happen in; see the partial files for C++, Rust and Java code.</summary>
internal static partial class SymbolGroups
{
    public static readonly IReadOnlyList<SymbolGroup> All = [.. Cpp, .. Rust, .. Java];

    /// <summary>Functions of one source file of mozilla-central.</summary>
    static IEnumerable<StackSymbol> In(string file, params string[] functions) =>
        functions.Select(function => StackSymbol.Gecko(function, file));

    static StackSymbol[] Symbols(params IEnumerable<StackSymbol>[] files) => [.. files.SelectMany(file => file)];
}
