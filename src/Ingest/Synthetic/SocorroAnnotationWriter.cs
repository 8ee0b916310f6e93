using System.Globalization;
using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Writes the Socorro annotations that only some crashes carry, at shares like a real crash stream's: a few on
/// nearly every crash (submission, stackwalker, uptime), some per platform (Windows memory status, macOS memory
/// pressure, Android device), some per process or crash kind (sandbox, IPC, OOM size), and rare ones (PHC, shutdown
/// hangs, bit flips). Its own generator is seeded from the crash's uuid, so the rest of a crash stays what it was.
/// </summary>
internal static class SocorroAnnotationWriter
{
    static readonly string[] IpcMessages =
        ["PContent::Msg_AsyncMessage", "PWindowGlobal::Msg_RawMessage", "PBrowser::Msg_RealMouseMoveEvent"];

    static readonly string[] LastErrors =
        ["ERROR_SUCCESS", "ERROR_NOT_ENOUGH_MEMORY", "ERROR_INVALID_HANDLE", "ERROR_COMMITMENT_LIMIT"];

    static readonly string[] AndroidBrands = ["samsung", "google", "motorola", "xiaomi", "oneplus"];
    static readonly string[] PhcKinds = ["FreedPage", "GuardPage"];
    static readonly string[] ShutdownPhases = ["profile-change-teardown", "quit-application", "xpcom-will-shutdown"];

    public static void Write(Utf8JsonWriter json, SyntheticCrash crash)
    {
        var random = new SyntheticRandom(SyntheticRandom.Hash(crash.Uuid));
        json.WriteString("submitted_from"u8, random.Chance(0.9) ? "Client"u8 : "Auto"u8);
        json.WriteString("stackwalk_version"u8, "minidump-stackwalk 0.25.0"u8);
        json.WriteNumber("uptime_ts"u8, crash.Uptime + Math.Round(random.NextDouble(), 3));
        if (crash.Platform.Family != PlatformFamily.Android)
            json.WriteString("minidump_sha256_hash"u8, Hex(ref random, 4));
        switch (crash.Platform.Family)
        {
            case PlatformFamily.Windows:
                WriteWindows(json, ref random);
                break;
            case PlatformFamily.Mac when random.Chance(0.6):
                json.WriteString("mac_memory_pressure"u8, random.Chance(0.8) ? "Normal"u8 : "Warning"u8);
                json.WriteNumber("mac_memory_pressure_sysctl"u8, random.Next(1, 5));
                json.WriteNumber("mac_available_memory_sysctl"u8, random.Next(10, 100));
                break;
            case PlatformFamily.Android:
                WriteAndroid(json, crash, ref random);
                break;
        }
        WriteProcess(json, crash, ref random);
        WriteRare(json, crash, ref random);
    }

    static void WriteWindows(Utf8JsonWriter json, ref SyntheticRandom random)
    {
        if (random.Chance(0.3))
            json.WriteString("last_error_value"u8, random.Pick(LastErrors));
        if (!random.Chance(0.7))
            return;
        var physical = (long)random.Pick([4, 8, 16, 32]) << 30;
        json.WriteNumber("total_physical_memory"u8, physical);
        json.WriteNumber("available_physical_memory"u8, random.NextInt64(physical / 50, physical / 2));
        json.WriteNumber("total_page_file"u8, physical * 2);
        json.WriteNumber("available_page_file"u8, random.NextInt64(physical / 20, physical));
        json.WriteNumber("total_virtual_memory"u8, 140_737_488_224_256L);
        json.WriteNumber("available_virtual_memory"u8, random.NextInt64(1L << 40, 140_737_488_224_256L));
        json.WriteNumber("system_memory_use_percentage"u8, random.Next(30, 99));
    }

    static void WriteAndroid(Utf8JsonWriter json, SyntheticCrash crash, ref SyntheticRandom random)
    {
        var brand = random.Pick(AndroidBrands);
        json.WriteString("android_brand"u8, brand);
        json.WriteString("android_manufacturer"u8, brand);
        json.WriteString("android_cpu_abi"u8, crash.Cpu.Arch == "arm64" ? "arm64-v8a"u8 : "armeabi-v7a"u8);
        json.WriteString("android_packagename"u8, "org.mozilla.firefox"u8);
        if (crash.Site.Kind == CrashKind.JavaException)
        {
            var trace = $"java.lang.IllegalStateException: {crash.Site.Signature}\n"
                + $"\tat org.mozilla.gecko.GeckoThread.run(GeckoThread.java:{random.Next(100, 900)})";
            json.WriteString("java_stack_trace"u8, trace);
            json.WriteString("java_stack_trace_raw"u8, trace);
        }
    }

    static void WriteProcess(Utf8JsonWriter json, SyntheticCrash crash, ref SyntheticRandom random)
    {
        if (crash.ProcessType == "content")
        {
            json.WriteString("remote_type"u8, random.Chance(0.9) ? "webIsolated=https://example.com"u8 : "web"u8);
            json.WriteNumber("content_sandbox_level"u8, crash.Platform.Family == PlatformFamily.Windows ? 6 : 4);
            json.WriteBoolean("content_sandbox_enabled"u8, true);
        }
        else if (crash.ProcessType == "utility")
        {
            json.WriteString("utility_actors_name"u8,
                random.Chance(0.7) ? "audio-decoder-generic"u8 : "windows-utils"u8);
            json.WriteNumber("utility_process_sandboxing_kind"u8, random.Next(0, 3));
        }
        if (crash.Site.Group.Name == "ipc" && random.Chance(0.5))
        {
            json.WriteString("ipc_channel_error"u8, "ChannelError"u8);
            json.WriteString("ipc_message_name"u8, random.Pick(IpcMessages));
            json.WriteNumber("ipc_message_size"u8, random.Next(64, 1 << 20));
        }
        if (crash.Site.Kind == CrashKind.OutOfMemory)
            json.WriteNumber("oom_allocation_size"u8, random.NextInt64(1 << 12, 1L << 32));
        if (crash.Site.MozCrashReason is { } reason)
            json.WriteString("moz_crash_reason_raw"u8, reason);
    }

    static void WriteRare(Utf8JsonWriter json, SyntheticCrash crash, ref SyntheticRandom random)
    {
        if (random.Chance(0.02))
            json.WriteBoolean("safe_mode"u8, true);
        if (random.Chance(0.03))
            json.WriteNumber("possible_bit_flips_max_confidence"u8, random.Next(10, 100));
        if (random.Chance(0.02))
        {
            json.WriteString("shutdown_progress"u8, random.Pick(ShutdownPhases));
            json.WriteString("async_shutdown_timeout"u8,
                """{"phase":"profile-before-change","conditions":[{"name":"StorageSync: shutdown"}]}"""u8);
        }
        if (random.Chance(0.005) && crash.Platform.Family != PlatformFamily.Android)
        {
            json.WriteString("phc_kind"u8, random.Pick(PhcKinds));
            json.WriteNumber("phc_usable_size"u8, random.Next(16, 4096));
            var address = random.NextUInt64() >> 20;
            json.WriteString("phc_base_address"u8, string.Create(CultureInfo.InvariantCulture, $"0x{address:x}"));
            json.WriteString("phc_alloc_stack"u8, "0x7ff6a0b1c2d3,0x7ff6a0b1c4e5");
        }
        if (random.Chance(0.01))
            json.WriteString("graphics_critical_error"u8, "|[C0][GFX1-]: Failed to create a D3D11 device (t=3.2) "u8);
    }

    static string Hex(ref SyntheticRandom random, int longs)
    {
        Span<char> text = stackalloc char[longs * 16];
        for (var i = 0; i < longs; i++)
            random.NextUInt64().TryFormat(text[(i * 16)..], out _, "x16", CultureInfo.InvariantCulture);
        return new string(text);
    }
}
