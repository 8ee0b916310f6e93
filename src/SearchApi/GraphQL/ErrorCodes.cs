namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// The stable <c>extensions.code</c> values of GraphQL errors. Clients branch on these, so they never change meaning
/// and never reveal implementation details (exception class names).
/// </summary>
internal static class ErrorCodes
{
    /// <summary>
    /// An argument cannot be turned into a search (wrong type for the field, bad interval, window too long).
    /// </summary>
    public const string BadQuery = "BAD_QUERY";

    /// <summary>The <c>after</c> cursor is not one this server produced for the same sort.</summary>
    public const string BadCursor = "BAD_CURSOR";

    /// <summary>A protected field was asked for without the read-protected permission; it was left out.</summary>
    public const string ProtectedField = "PROTECTED_FIELD";

    /// <summary>The caller's API key lacks the scope a selected field needs (or there is no key).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>
    /// A mutation's input is not valid (an unknown scope, a lifetime that cannot be read); the message says why.
    /// </summary>
    public const string BadInput = "BAD_INPUT";

    /// <summary>
    /// No object with this id that the caller may change: the same answer whether it is missing or another owner's.
    /// </summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A per-key limit (running analysis jobs, kept results) is reached; the message names it.</summary>
    public const string LimitReached = "LIMIT_REACHED";

    /// <summary>The HTTP request itself is malformed (not JSON, no query, batched, too large).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>
    /// The document is over a size or cost limit: fragments, nodes, nested fragment spreads, nesting, depth or
    /// complexity; the message names the limit.
    /// </summary>
    public const string Complexity = "COMPLEXITY";

    /// <summary>The operation's type (e.g. subscription) has no root type in the schema.</summary>
    public const string UnsupportedOperation = "UNSUPPORTED_OPERATION";

    /// <summary>A mutation or subscription was sent with GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>Something failed on the server; the details are in the server log.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
