using CrashSearch.SearchApi.Access;
using GraphQL;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>What resolvers know about the caller of a GraphQL request.</summary>
internal sealed class GraphQLUserContext(CallerPermissions permissions) : Dictionary<string, object?>
{
    public CallerPermissions Permissions { get; } = permissions;

    /// <summary>The caller's permissions; anonymous when the request was not built by the endpoint (e.g. a test executing the schema).</summary>
    public static CallerPermissions PermissionsOf(IResolveFieldContext context) =>
        (context.UserContext as GraphQLUserContext)?.Permissions ?? CallerPermissions.Anonymous;
}
