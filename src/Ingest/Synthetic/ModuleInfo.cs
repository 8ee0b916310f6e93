using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>A loaded module (executable or library) of a platform, as the stackwalker lists it.</summary>
internal sealed class ModuleInfo(string fileName, string? debugFile = null, bool hasSymbols = true, ulong size = 0x200000, string? version = null)
{
    public string FileName { get; } = fileName;

    public JsonEncodedText FileNameJson { get; } = JsonEncodedText.Encode(fileName, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public string DebugFile { get; } = debugFile ?? fileName;

    public bool HasSymbols { get; } = hasSymbols;

    public ulong Size { get; } = size;

    /// <summary>The file version for system modules; Mozilla's modules carry the product version instead.</summary>
    public string? Version { get; } = version;
}
