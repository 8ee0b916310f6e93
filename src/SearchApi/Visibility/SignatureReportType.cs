using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The GraphQL <c>SignatureReport</c>.</summary>
internal sealed class SignatureReportType : ObjectGraphType<SignatureReport>
{
    public SignatureReportType()
    {
        Name = "SignatureReport";
        Description = "What is known of one signature: when it was seen, where it crashes, its newest crashes.";
        Field(c => c.Signature);
        Field<NonNullGraphType<InstantGraphType>>("firstSeen").Description("Its oldest crash in the retention.")
            .Resolve(c => c.Source.FirstSeen);
        Field<NonNullGraphType<InstantGraphType>>("lastSeen").Description("Its newest crash in the retention.")
            .Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<InstantGraphType>>("from").Description("Start of the period the counts cover.")
            .Resolve(c => c.Source.From);
        Field<NonNullGraphType<InstantGraphType>>("to").Description("End of that period (now).")
            .Resolve(c => c.Source.To);
        Field(c => c.Count).Description("Its crashes in the period.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DayCountType>>>>("byDay")
            .Description("Crashes per UTC day of the period, oldest first; days without crashes left out.")
            .Resolve(c => c.Source.ByDay);
        Terms("versions", "version", r => r.Versions);
        Terms("platforms", "platform", r => r.Platforms);
        Terms("processTypes", "process type", r => r.ProcessTypes);
        Terms("channels", "release channel", r => r.Channels);
        Terms("builds", "build id", r => r.Builds);
        Terms("modules", "module in the crashing thread's stack", r => r.Modules);
        Terms("addons", "add-on", r => r.Addons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportCrashType>>>>("newestCrashes")
            .Description($"Its newest crashes in the period (at most {SignatureReportService.NewestShown}).")
            .Resolve(c => c.Source.NewestCrashes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserCommentType>>>>("userComments")
            .Description($"The newest user comments of the period (at most {SignatureReportService.CommentsShown}); "
                + "always empty without the read-protected permission.")
            .Resolve(c => c.Source.UserComments);
    }

    void Terms(string name, string what, Func<SignatureReport, IReadOnlyList<TermCount>> terms) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TermCountType>>>>(name)
            .Description($"Crashes of the period per {what}, most first.")
            .Resolve(c => terms(c.Source));
}
