using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Writes <c>json_dump</c>, the stackwalker's output: crash info, system info, every thread's frames (the crashing
/// thread twice, as Socorro copies it to <c>crashing_thread</c>) and the module list.
/// Frame details derive from the symbol, not from the random stream, so both copies are identical.
/// </summary>
internal sealed class JsonDumpWriter(CrashModules modules)
{
    static readonly byte[][] Amd64Registers = Utf8("rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip");
    static readonly byte[][] X86Registers = Utf8("eip", "esp", "ebp", "ebx", "esi", "edi", "eax", "ecx", "edx", "efl");
    static readonly byte[][] Arm64Registers = Utf8("x0", "x1", "x2", "x3", "x8", "x19", "x20", "fp", "lr", "sp", "pc");
    static readonly byte[][] ArmRegisters = Utf8("r0", "r1", "r2", "r3", "r4", "fp", "sp", "lr", "pc");

    readonly ulong[] _registers = new ulong[Amd64Registers.Length];
    byte[] _sourcePrefix = [];
    byte[] _sourceSuffix = [];

    public void Write(Utf8JsonWriter json, SyntheticCrash crash, GeckoSourcePath source, ref SyntheticRandom random)
    {
        (_sourcePrefix, _sourceSuffix) = source.For(crash.Version);
        for (var i = 0; i < _registers.Length; i++)
            _registers[i] = random.NextUInt64() >> (crash.Cpu.Is32Bit ? 32 : 16);
        var threadIdBase = random.Next(1000, 60_000);

        json.WriteStartObject("json_dump"u8);
        WriteCrashInfo(json, crash);
        json.WriteStartObject("crashing_thread"u8);
        WriteThreadBody(json, crash, crash.CrashingThread, threadIdBase);
        json.WriteNumber("threads_index"u8, crash.CrashingThread);
        json.WriteEndObject();
        if (crash.Platform.Family == PlatformFamily.Linux)
        {
            json.WriteStartObject("lsb_release"u8);
            json.WriteString("description"u8, crash.Release.PrettyVersion);
            json.WriteEndObject();
        }
        json.WriteNumber("main_module"u8, 0);
        WriteModules(json, crash);
        json.WriteNumber("pid"u8, crash.Pid);
        json.WriteString("status"u8, "OK"u8);
        WriteSystemInfo(json, crash);
        json.WriteNumber("thread_count"u8, crash.Threads.Count);
        json.WriteStartArray("threads"u8);
        for (var i = 0; i < crash.Threads.Count; i++)
        {
            json.WriteStartObject();
            WriteThreadBody(json, crash, i, threadIdBase);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("unloaded_modules"u8);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    void WriteCrashInfo(Utf8JsonWriter json, SyntheticCrash crash)
    {
        json.WriteStartObject("crash_info"u8);
        JsonText.WriteAddress(json, "address"u8, crash.Address, crash.Cpu.Is32Bit);
        json.WriteNull("assertion"u8);
        json.WriteStartArray("crash_inconsistencies"u8);
        json.WriteEndArray();
        json.WriteNumber("crashing_thread"u8, crash.CrashingThread);
        json.WriteString("type"u8, crash.Reason);
        json.WriteEndObject();
    }

    void WriteSystemInfo(Utf8JsonWriter json, SyntheticCrash crash)
    {
        json.WriteStartObject("system_info"u8);
        json.WriteString("cpu_arch"u8, crash.Cpu.Arch);
        json.WriteNumber("cpu_count"u8, crash.CpuCount);
        json.WriteString("cpu_info"u8, crash.Cpu.Info);
        json.WriteNull("cpu_microcode_version"u8);
        json.WriteString("os"u8, crash.Platform.OsName);
        json.WriteString("os_ver"u8, crash.Release.Version);
        json.WriteEndObject();
    }

    void WriteThreadBody(Utf8JsonWriter json, SyntheticCrash crash, int index, int threadIdBase)
    {
        var thread = crash.Threads[index];
        json.WriteNumber("frame_count"u8, thread.Frames.Count);
        json.WriteStartArray("frames"u8);
        for (var i = 0; i < thread.Frames.Count; i++)
            WriteFrame(json, crash, thread.Frames[i], i, withRegisters: i == 0 && index == crash.CrashingThread);
        json.WriteEndArray();
        json.WriteNull("last_error_value"u8);
        json.WriteNumber("thread_id"u8, threadIdBase + (index * 7));
        json.WriteString("thread_name"u8, thread.Name);
    }

    void WriteFrame(Utf8JsonWriter json, SyntheticCrash crash, StackSymbol symbol, int index, bool withRegisters)
    {
        var is32Bit = crash.Cpu.Is32Bit;
        var module = modules.IndexOf(symbol.Module);
        json.WriteStartObject();
        json.WriteNumber("frame"u8, index);
        if (symbol.FunctionJson is { } function)
        {
            json.WriteString("function"u8, function);
            JsonText.WriteAddress(json, "function_offset"u8, 0x10 + (symbol.ModuleOffset & 0x3f0), is32Bit);
        }
        else
        {
            json.WriteNull("function"u8);
            json.WriteNull("function_offset"u8);
        }
        WriteSource(json, symbol);
        json.WriteString("module"u8, modules[module].FileNameJson);
        JsonText.WriteAddress(json, "module_offset"u8, symbol.ModuleOffset, is32Bit);
        JsonText.WriteAddress(json, "offset"u8, modules.BaseOf(module) + symbol.ModuleOffset, is32Bit);
        json.WriteString("trust"u8, index == 0 ? "context"u8 : symbol.MissingSymbols ? "scan"u8 : symbol.ModuleOffset % 7 == 0 ? "frame_pointer"u8 : "cfi"u8);
        json.WriteBoolean("missing_symbols"u8, symbol.MissingSymbols || !modules[module].HasSymbols);
        if (withRegisters)
            WriteRegisters(json, crash);
        json.WriteEndObject();
    }

    void WriteSource(Utf8JsonWriter json, StackSymbol symbol)
    {
        switch (symbol.SourceKind)
        {
            case SourceKind.Gecko:
                var path = symbol.FileUtf8!;
                Span<byte> buffer = stackalloc byte[_sourcePrefix.Length + path.Length + _sourceSuffix.Length];
                _sourcePrefix.CopyTo(buffer);
                path.CopyTo(buffer[_sourcePrefix.Length..]);
                _sourceSuffix.CopyTo(buffer[(_sourcePrefix.Length + path.Length)..]);
                json.WriteString("file"u8, buffer);
                json.WriteNumber("line"u8, symbol.Line);
                break;
            case SourceKind.Verbatim:
                json.WriteString("file"u8, symbol.FileUtf8);
                json.WriteNumber("line"u8, symbol.Line);
                break;
            default:
                json.WriteNull("file"u8);
                json.WriteNull("line"u8);
                break;
        }
    }

    void WriteRegisters(Utf8JsonWriter json, SyntheticCrash crash)
    {
        var names = crash.Cpu.Arch switch
        {
            "x86" => X86Registers,
            "arm64" => Arm64Registers,
            "arm" => ArmRegisters,
            _ => Amd64Registers,
        };
        json.WriteStartObject("registers"u8);
        for (var i = 0; i < names.Length; i++)
            JsonText.WriteAddress(json, names[i], _registers[i], crash.Cpu.Is32Bit);
        json.WriteEndObject();
    }

    void WriteModules(Utf8JsonWriter json, SyntheticCrash crash)
    {
        var is32Bit = crash.Cpu.Is32Bit;
        var windows = crash.Platform.Family == PlatformFamily.Windows;
        json.WriteStartArray("modules"u8);
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            var debugId = modules.DebugIdOf(i);
            json.WriteStartObject();
            JsonText.WriteAddress(json, "base_addr"u8, modules.BaseOf(i), is32Bit);
            json.WriteString("code_id"u8, debugId.AsSpan(0, windows ? 13 : 32));
            json.WriteBoolean("corrupt_symbols"u8, false);
            json.WriteString("debug_file"u8, module.DebugFile);
            json.WriteString("debug_id"u8, debugId);
            JsonText.WriteAddress(json, "end_addr"u8, modules.BaseOf(i) + module.Size, is32Bit);
            json.WriteString("filename"u8, module.FileNameJson);
            json.WriteBoolean("loaded_symbols"u8, module.HasSymbols);
            json.WriteBoolean("missing_symbols"u8, !module.HasSymbols);
            if (module.Version is { } version)
                json.WriteString("version"u8, version);
            else
                json.WriteNull("version"u8);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static byte[][] Utf8(params string[] names) => [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
}
