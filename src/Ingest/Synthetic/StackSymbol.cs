using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// A function that can appear in a synthetic stack, with its module, source file and line. Everything a frame
/// writes is encoded once here, since the same symbols are written millions of times.
/// </summary>
internal sealed class StackSymbol
{
    public StackSymbol(string? function, ModuleRole module, string? file = null, SourceKind sourceKind = SourceKind.None, ulong? moduleOffset = null)
    {
        Function = function;
        Module = module;
        SourceKind = file is null ? SourceKind.None : sourceKind;
        MissingSymbols = function is null;
        var hash = SyntheticRandom.Hash(function ?? file ?? module.ToString());
        FunctionJson = function is null ? null : JsonEncodedText.Encode(function, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        FileUtf8 = file is null ? null : Encoding.UTF8.GetBytes(file);
        Line = file is null ? 0 : 20 + (int)(hash % 3000);
        ModuleOffset = moduleOffset ?? (module is ModuleRole.Xul ? 0x100000 + (hash % 0x7000000) : 0x1000 + (hash % 0x180000));
        SignatureName = function is null ? null : CrashSignature.Normalize(function);
    }

    public string? Function { get; }

    public JsonEncodedText? FunctionJson { get; }

    public ModuleRole Module { get; }

    public SourceKind SourceKind { get; }

    public byte[]? FileUtf8 { get; }

    public int Line { get; }

    public ulong ModuleOffset { get; }

    public bool MissingSymbols { get; }

    /// <summary>The function as signatures show it (parameters dropped, template arguments collapsed).</summary>
    public string? SignatureName { get; }

    public static StackSymbol Gecko(string function, string file, ModuleRole module = ModuleRole.Xul) =>
        new(function, module, file, SourceKind.Gecko);

    public static StackSymbol Os(string function, ModuleRole module) => new(function, module);

    public static StackSymbol Verbatim(string function, ModuleRole module, string file) =>
        new(function, module, file, SourceKind.Verbatim);

    /// <summary>A frame in a module the stackwalker had no symbols for: only an offset is known.</summary>
    public static StackSymbol Unsymbolised(ModuleRole module, ulong moduleOffset) =>
        new(null, module, moduleOffset: moduleOffset);

    public override string ToString() => Function ?? $"{Module}@0x{ModuleOffset:x}";
}
