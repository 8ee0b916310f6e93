using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>PlatformCount</c>.</summary>
internal sealed class PlatformCountType : ObjectGraphType<PlatformCount>
{
    public PlatformCountType()
    {
        Name = "PlatformCount";
        Description = "Crashes of a signature on one platform.";
        Field(c => c.Platform);
        Field(c => c.Count);
    }
}
