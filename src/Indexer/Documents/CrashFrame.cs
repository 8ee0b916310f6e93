namespace CrashSearch.Indexer.Documents;

/// <summary>One frame of the crashing thread, top of stack first.</summary>
/// <param name="Index">Position in the stack, 0 for the top frame.</param>
/// <param name="Function">Symbolised function name, when symbols were found.</param>
/// <param name="Module">Module (file name) the frame's instruction belongs to.</param>
/// <param name="SourceFile">Source file of the function, when known.</param>
/// <param name="Line">Source line, when known.</param>
public sealed record CrashFrame(int Index, string? Function, string? Module, string? SourceFile, int? Line)
{
    /// <summary>The value of a frame property as named by <see cref="Fields.FieldDefinition.FrameProperty"/>.</summary>
    public string? Get(string frameProperty) => frameProperty switch
    {
        "function" => Function,
        "module" => Module,
        "file" => SourceFile,
        _ => throw new ArgumentOutOfRangeException(nameof(frameProperty), frameProperty, "Unknown frame property."),
    };
}
