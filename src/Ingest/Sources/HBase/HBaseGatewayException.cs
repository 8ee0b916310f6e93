using System.Net;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>The REST gateway answered with an unexpected status; 5xx and 429 are transient, 4xx are not.</summary>
internal sealed class HBaseGatewayException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public bool IsTransient => (int)Status >= 500 || Status == HttpStatusCode.TooManyRequests;
}
