using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>CrashEdge</c> type.</summary>
internal sealed class CrashEdgeType : ObjectGraphType<CrashEdge>
{
    public CrashEdgeType()
    {
        Name = "CrashEdge";
        Description = "A crash of the page and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this crash.").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<CrashType>>("node").Description("The crash.").Resolve(context => context.Source.Node);
    }
}
