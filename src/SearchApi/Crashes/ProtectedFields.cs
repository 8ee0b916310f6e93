using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The caller's rights in a GraphQL request, and the report of what <see cref="CrashQueryBuilder"/> withheld for
/// lack of them: one PROTECTED_FIELD error per removal.
/// </summary>
internal static class ProtectedFields
{
    public static SearchRights RightsOf(IResolveFieldContext context) =>
        GraphQLUserContext.PermissionsOf(context).CanReadProtected
            ? SearchRights.ProtectedFields
            : SearchRights.PublicFields;

    public static void Report(IResolveFieldContext context, IReadOnlyList<string> withheld)
    {
        foreach (var message in withheld)
        {
            var error = CrashErrors.ProtectedField(message);
            error.Path = context.Path;
            context.Errors.Add(error);
        }
    }
}
