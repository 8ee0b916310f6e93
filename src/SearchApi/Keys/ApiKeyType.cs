using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Keys;

/// <summary>The GraphQL <c>ApiKey</c>: a key's record, never the key itself.</summary>
internal sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType(TimeProvider time)
    {
        Name = "ApiKey";
        Description = "An API key as stored: the key itself is shown once, when it is created, and never again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Names the key in lists and in revokeApiKey.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the key is for.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("read, read-protected, write, admin.").Resolve(c => c.Source.Scopes);
        Field<NonNullGraphType<StringGraphType>>("state").Description("active, expired or revoked.")
            .Resolve(c => c.Source.StateAt(time.GetUtcNow()));
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Description("When it was created.")
            .Resolve(c => c.Source.CreatedAt);
        Field<InstantGraphType>("expiresAt").Description("When it stops working; null: never.")
            .Resolve(c => c.Source.ExpiresAt);
        Field<InstantGraphType>("revokedAt").Description("When it was revoked; null: it was not.")
            .Resolve(c => c.Source.RevokedAt);
        Field<InstantGraphType>("lastUsedAt").Description("When it was last used, to about a minute; null: never.")
            .Resolve(c => c.Source.LastUsedAt);
    }
}
