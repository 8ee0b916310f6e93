using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>Writes a planned crash as a processed crash: Socorro's annotations, then <c>json_dump</c>.</summary>
internal sealed class SyntheticCrashWriter
{
    const int ProtoSignatureFrames = 24;

    readonly CrashModules _modules = new();
    readonly JsonDumpWriter _dump;
    readonly GeckoSourcePath _sources = new();
    readonly StringBuilder _text = new(1024);
    readonly HashSet<int> _seen = [];

    public SyntheticCrashWriter() => _dump = new JsonDumpWriter(_modules);

    public void Write(Utf8JsonWriter json, SyntheticCrash crash, ref SyntheticRandom random)
    {
        _modules.Load(crash, ref random);
        json.WriteStartObject();
        json.WriteString("uuid"u8, crash.Uuid);
        JsonText.WriteDate(json, "date_processed"u8, crash.Date, JsonText.SocorroDate);
        JsonText.WriteDate(json, "submitted_timestamp"u8, crash.Date.AddSeconds(-1 - random.Next(30)), JsonText.IsoDate);
        WriteProduct(json, crash);
        WriteCrash(json, crash);
        WriteStackSummaries(json, crash);
        WriteEnvironment(json, crash);
        WriteProtected(json, crash);
        SocorroAnnotationWriter.Write(json, crash);
        json.WriteBoolean("success"u8, true);
        _dump.Write(json, crash, _sources, ref random);
        json.WriteEndObject();
    }

    static void WriteProduct(Utf8JsonWriter json, SyntheticCrash crash)
    {
        json.WriteString("product"u8, crash.Product.Name);
        json.WriteString("version"u8, crash.Version.Version);
        json.WriteNumber("major_version"u8, crash.Version.Major);
        json.WriteString("release_channel"u8, crash.Version.Channel);
        Span<byte> build = stackalloc byte[14];
        crash.BuildDate.UtcDateTime.TryFormat(build, out _, "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        json.WriteString("build"u8, build);
        json.WriteString("os_name"u8, crash.Platform.OsName);
        json.WriteString("os_version"u8, crash.Release.Version);
        json.WriteString("os_pretty_version"u8, crash.Release.PrettyVersion);
        json.WriteString("cpu_arch"u8, crash.Cpu.Arch);
        json.WriteString("cpu_info"u8, crash.Cpu.Info);
        if (crash.Release.AndroidVersion is { } androidVersion)
            json.WriteString("android_version"u8, androidVersion);
        if (crash.AndroidModel is { } model)
            json.WriteString("android_model"u8, model);
    }

    static void WriteCrash(Utf8JsonWriter json, SyntheticCrash crash)
    {
        json.WriteString("signature"u8, crash.Site.Signature);
        json.WriteString("reason"u8, crash.Reason);
        JsonText.WriteHex(json, "address"u8, crash.Address);
        if (crash.Site.MozCrashReason is { } mozCrashReason)
            json.WriteString("moz_crash_reason"u8, mozCrashReason);
        if (crash.Site.AbortMessage is { } abortMessage)
            json.WriteString("abort_message"u8, abortMessage);
        json.WriteString("process_type"u8, crash.ProcessType);
        json.WriteNumber("crashing_thread"u8, crash.CrashingThread);
        json.WriteString("crashing_thread_name"u8, crash.Crashing.Name);
        json.WriteNumber("thread_count"u8, crash.Threads.Count);
        json.WriteNumber("uptime"u8, crash.Uptime);
        json.WriteNumber("install_time"u8, crash.InstallTime);
        json.WriteNumber("install_age"u8, crash.Date.ToUnixTimeSeconds() - crash.InstallTime);
        if (crash.LastCrash is { } lastCrash)
            json.WriteNumber("last_crash"u8, lastCrash);
        json.WriteBoolean("startup_crash"u8, crash.StartupCrash);
        if (crash.IsGarbageCollecting is { } collecting)
            json.WriteBoolean("is_garbage_collecting"u8, collecting);
        if (crash.Platform.Family != PlatformFamily.Android)
            json.WriteBoolean("dom_fission_enabled"u8, true);
        json.WriteString("report_type"u8, "crash"u8);
    }

    void WriteStackSummaries(Utf8JsonWriter json, SyntheticCrash crash)
    {
        var frames = crash.Crashing.Frames;
        _text.Clear();
        for (var i = 0; i < frames.Count && i < ProtoSignatureFrames; i++)
        {
            if (i > 0)
                _text.Append(" | ");
            var frame = frames[i];
            if (frame.SignatureName is { } name)
                _text.Append(name);
            else
                _text.Append(_modules[_modules.IndexOf(frame.Module)].FileName).Append("@0x").Append(frame.ModuleOffset.ToString("x", CultureInfo.InvariantCulture));
        }
        json.WriteString("proto_signature"u8, _text.ToString());
        foreach (var frame in frames)
        {
            if (frame.FileUtf8 is { } file)
            {
                json.WriteString("topmost_filenames"u8, file);
                break;
            }
        }
        json.WriteString("modules_in_stack"u8, ModuleList(frames, missingSymbolsOnly: false));
        if (ModuleList(frames, missingSymbolsOnly: true) is { Length: > 0 } missing)
            json.WriteString("missing_symbols"u8, missing);
    }

    string ModuleList(IReadOnlyList<StackSymbol> frames, bool missingSymbolsOnly)
    {
        _text.Clear();
        _seen.Clear();
        foreach (var frame in frames)
        {
            var index = _modules.IndexOf(frame.Module);
            if (!_seen.Add(index) || (missingSymbolsOnly && _modules[index].HasSymbols))
                continue;
            if (_text.Length > 0)
                _text.Append(';');
            _text.Append(_modules[index].DebugFile).Append('/').Append(_modules.DebugIdOf(index));
        }
        return _text.ToString();
    }

    static void WriteEnvironment(Utf8JsonWriter json, SyntheticCrash crash)
    {
        var adapter = crash.Adapter;
        json.WriteString("adapter_vendor_id"u8, adapter.VendorId);
        json.WriteString("adapter_device_id"u8, adapter.DeviceId);
        json.WriteString("adapter_driver_version"u8, adapter.DriverVersion);
        json.WriteString("app_notes"u8, string.Create(CultureInfo.InvariantCulture,
            $"AdapterVendorID: {adapter.VendorId}, AdapterDeviceID: {adapter.DeviceId}, AdapterDriverVersion: {adapter.DriverVersion}\n{crash.Platform.GraphicsNotes}"));
        json.WriteString("processor_notes"u8, crash.Site.Signature == "OOM | small"
            ? "SignatureGenerationRule: Signature replaced with OOM | small"
            : "MinidumpStackwalkRule: minidump-stackwalk 0.25.0");
        json.WriteString("useragent_locale"u8, crash.Locale);
        if (crash.Addons.Count > 0)
        {
            json.WriteStartArray("addons"u8);
            foreach (var addon in crash.Addons)
                json.WriteStringValue(addon);
            json.WriteEndArray();
        }
        if (crash.Memory is { } memory)
        {
            json.WriteStartObject("memory_measures"u8);
            json.WriteNumber("explicit"u8, memory.Explicit);
            json.WriteNumber("gfx_textures"u8, memory.GfxTextures);
            json.WriteNumber("ghost_windows"u8, memory.GhostWindows);
            json.WriteNumber("heap_allocated"u8, memory.HeapAllocated);
            json.WriteNumber("resident"u8, memory.Resident);
            json.WriteNumber("resident_unique"u8, memory.ResidentUnique);
            json.WriteNumber("vsize"u8, memory.Vsize);
            json.WriteEndObject();
        }
    }

    static void WriteProtected(Utf8JsonWriter json, SyntheticCrash crash)
    {
        if (crash.Url is { } url)
            json.WriteString("url"u8, url);
        if (crash.UserComments is { } comments)
            json.WriteString("user_comments"u8, comments);
        if (crash.Email is { } email)
            json.WriteString("email"u8, email);
    }
}
