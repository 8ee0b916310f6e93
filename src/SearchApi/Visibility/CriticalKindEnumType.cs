using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>CriticalKind</c> enum.</summary>
internal sealed class CriticalKindEnumType : EnumerationGraphType<CriticalKind>
{
    public CriticalKindEnumType()
    {
        Name = "CriticalKind";
        Description = "STARTUP: startup_crash, or uptime under 60 s. OUT_OF_MEMORY: a signature starting with "
            + "'OOM |', or oom_allocation_size. SHUTDOWN_HANG: a signature containing 'shutdownhang', or "
            + "ipc_shutdown_state. PARENT_PROCESS: process_type parent or absent.";
    }
}
