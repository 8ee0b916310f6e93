using CrashSearch.SearchApi.Access;
using GraphQL;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>What a resolver takes from the request it runs in: a service, its <c>input</c>, the caller's key.</summary>
internal static class ResolverContext
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        (context.RequestServices
            ?? throw new InvalidOperationException("The GraphQL request was executed without RequestServices."))
            .GetRequiredService<T>();

    /// <summary>The <c>input</c> argument of a mutation, as GraphQL.NET reads an input object.</summary>
    public static Dictionary<string, object?> Input(this IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input");

    /// <summary>
    /// The caller's key id, for a field that needs the write or admin scope: configuration grants anonymous callers
    /// read at most, so such a caller always has a key.
    /// </summary>
    public static string CallerKey(this IResolveFieldContext context) =>
        CallerKeyId.Of(context.User) ?? throw new InvalidOperationException("A write caller without a key id.");
}
