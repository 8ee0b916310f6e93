using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Keys;

/// <summary>
/// The admin's fields over API keys: query <c>apiKeys</c>, mutations <c>createApiKey</c> and <c>revokeApiKey</c>.
/// </summary>
internal static class ApiKeyFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("apiKeys")
            .Description("Every API key, oldest first (admin).")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context => await context.Service<ApiKeyStore>().ListAsync(context.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedApiKeyType>>("createApiKey")
            .Description("Creates a key (admin). The answer holds the key, which is never shown again.")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input", "The key to create.")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context =>
                await CreateAsync(context, context.GetArgument<Dictionary<string, object?>>("input")));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("revokeApiKey")
            .Description("Revokes a key for good (admin): true when it was revoked now, false when there is no such "
                + "key or it was revoked already.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The key's id.")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context => await context.Service<ApiKeyStore>()
                .RevokeAsync(context.GetArgument<string>("id"), context.CancellationToken));
    }

    static async Task<CreatedApiKey> CreateAsync(IResolveFieldContext context, Dictionary<string, object?> input)
    {
        IReadOnlyList<string> scopes;
        TimeSpan? lifetime;
        try
        {
            scopes = ApiKeyScopes.Parse(((IEnumerable<object?>)input["scopes"]!).Select(s => (string)s!));
            lifetime = input.GetValueOrDefault("expiresIn") is string expiresIn
                ? ApiKeyLifetime.Parse(expiresIn)
                : null;
            if (string.IsNullOrWhiteSpace((string?)input["name"]))
                throw new ArgumentException("A key needs a name.");
        }
        catch (ArgumentException e)
        {
            throw new ExecutionError(e.Message) { Code = ErrorCodes.BadInput };
        }
        return await context.Service<ApiKeyStore>()
            .CreateAsync((string)input["name"]!, scopes, lifetime, context.CancellationToken);
    }
}
