using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>TermCount</c>.</summary>
internal sealed class TermCountType : ObjectGraphType<TermCount>
{
    public TermCountType()
    {
        Name = "TermCount";
        Description = "Crashes with one value of a field (numbers written as text).";
        Field(c => c.Term);
        Field(c => c.Count);
    }
}
