using System.Text.Json.Serialization;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>Why a crash is critical (docs/visibility.md gives each rule). REST writes the GraphQL names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriticalKind>))]
internal enum CriticalKind
{
    /// <summary><c>startup_crash</c> is true, or <c>uptime</c> is under a minute.</summary>
    [JsonStringEnumMemberName("STARTUP")]
    Startup,

    /// <summary>The signature starts with <c>OOM |</c>, or the crash has <c>oom_allocation_size</c>.</summary>
    [JsonStringEnumMemberName("OUT_OF_MEMORY")]
    OutOfMemory,

    /// <summary>The signature contains <c>shutdownhang</c>, or the crash has <c>ipc_shutdown_state</c>.</summary>
    [JsonStringEnumMemberName("SHUTDOWN_HANG")]
    ShutdownHang,

    /// <summary><c>process_type</c> is <c>parent</c> or absent (the browser process).</summary>
    [JsonStringEnumMemberName("PARENT_PROCESS")]
    ParentProcess,
}
