using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Applies the caller's permission to a query: callers without read-protected get it through
/// <see cref="ProtectedFieldRedactor"/>, and every removal is reported as a PROTECTED_FIELD error.
/// </summary>
internal static class ProtectedFields
{
    public static (CrashQuery Query, IReadOnlyList<string> Withheld) Apply(IResolveFieldContext context, CrashQuery query, FieldCatalogue catalogue)
    {
        if (GraphQLUserContext.PermissionsOf(context).CanReadProtected)
            return (query with { CanReadProtected = true }, []);
        var (redacted, withheld) = ProtectedFieldRedactor.Redact(query, catalogue);
        foreach (var message in withheld)
        {
            var error = CrashErrors.ProtectedField(message);
            error.Path = context.Path;
            context.Errors.Add(error);
        }
        return (redacted, withheld);
    }
}
