using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>UserComment</c>.</summary>
internal sealed class UserCommentType : ObjectGraphType<UserComment>
{
    public UserCommentType()
    {
        Name = "UserComment";
        Description = "What a user wrote when a crash was reported (read-protected).";
        Field<NonNullGraphType<IdGraphType>>("uuid").Resolve(c => c.Source.Uuid);
        Field<NonNullGraphType<InstantGraphType>>("date").Resolve(c => c.Source.Date);
        Field(c => c.Comment);
    }
}
