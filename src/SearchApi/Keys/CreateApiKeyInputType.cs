using GraphQL.Types;

namespace CrashSearch.SearchApi.Keys;

/// <summary>The GraphQL <c>CreateApiKeyInput</c>.</summary>
internal sealed class CreateApiKeyInputType : InputObjectGraphType
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Description = "A key to create.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the key is for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("Any of read, read-protected, write, admin.");
        Field<StringGraphType>("expiresIn")
            .Description($"Lifetime: {ApiKeyLifetime.Syntax}. Null: the key does not expire.");
    }
}
