using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>CriticalCrash</c>.</summary>
internal sealed class CriticalCrashType : ObjectGraphType<CriticalCrash>
{
    public CriticalCrashType()
    {
        Name = "CriticalCrash";
        Description = "A signature with critical crashes in the period.";
        Field(c => c.Rank).Description("1 for the signature with the most critical crashes.");
        Field(c => c.Signature);
        Field(c => c.Count).Description("Its crashes that are critical for at least one reason.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriticalKindCountType>>>>("kinds")
            .Description("Its critical crashes per reason, most first; a crash may count for several.")
            .Resolve(c => c.Source.Kinds);
    }
}
