using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>CriticalKindCount</c>.</summary>
internal sealed class CriticalKindCountType : ObjectGraphType<CriticalKindCount>
{
    public CriticalKindCountType()
    {
        Name = "CriticalKindCount";
        Description = "Crashes of a signature that are critical for one reason.";
        Field<NonNullGraphType<CriticalKindEnumType>>("kind").Resolve(c => c.Source.Kind);
        Field(c => c.Count);
    }
}
