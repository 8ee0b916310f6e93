using System.Net.Sockets;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>Which gateway failures are worth retrying: 5xx, 429, refused or reset connections, timeouts.</summary>
internal static class HBaseErrors
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        HBaseGatewayException gateway => gateway.IsTransient,
        HttpRequestException http => http.StatusCode is null || (int)http.StatusCode >= 500,
        TaskCanceledException { InnerException: TimeoutException } => true,
        IOException or SocketException or TimeoutException => true,
        _ => false,
    };
}
