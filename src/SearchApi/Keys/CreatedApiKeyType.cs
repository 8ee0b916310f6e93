using GraphQL.Types;

namespace CrashSearch.SearchApi.Keys;

/// <summary>The GraphQL <c>CreatedApiKey</c>: the answer to createApiKey, the one place the key is shown.</summary>
internal sealed class CreatedApiKeyType : ObjectGraphType<CreatedApiKey>
{
    public CreatedApiKeyType()
    {
        Name = "CreatedApiKey";
        Description = "A new key. Copy `key` now: it is stored only as a hash and cannot be shown again.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Send as `Authorization: Bearer <key>`.")
            .Resolve(c => c.Source.Secret);
        Field<NonNullGraphType<ApiKeyType>>("apiKey").Description("The key's record.").Resolve(c => c.Source.Key);
    }
}
