using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// The visibility fields of the root query, for callers with the read scope: <c>topCrashers</c>,
/// <c>signature</c>, <c>explosiveSignatures</c> and <c>criticalCrashes</c>. Each resolver is one call of its
/// service, which <c>/api/TopCrashers</c> and the others call too.
/// </summary>
internal static class VisibilityFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopCrasherType>>>>("topCrashers")
            .Description("The signatures with the most crashes of a product over the last `days` days, with their "
                + "rank in the period before (docs/visibility.md).")
            .Argument<NonNullGraphType<StringGraphType>>("product", "The product, e.g. Firefox.")
            .Argument<StringGraphType>("version", "Only this version.")
            .Argument<StringGraphType>("channel", "Only this release channel.")
            .Argument<StringGraphType>("platform", "Only this platform, e.g. Windows NT.")
            .Argument<StringGraphType>("processType", "Only this process type, e.g. parent or content.")
            .WithDays()
            .Argument<IntGraphType>("first",
                $"How many signatures, 1 to {TopCrashersRequest.MaxFirst}.", argument =>
                {
                    argument.DefaultValue = TopCrashersRequest.DefaultFirst;
                    argument.Validate(value =>
                    {
                        if (value is int first and (< 1 or > TopCrashersRequest.MaxFirst))
                        {
                            throw new ArgumentException(
                                $"'first' must be from 1 to {TopCrashersRequest.MaxFirst}, got {first}.");
                        }
                    });
                })
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await context.Service<TopCrashersService>().TopCrashersAsync(
                new TopCrashersRequest(
                    context.GetArgument<string>("product"),
                    context.GetArgument<string?>("version"),
                    context.GetArgument<string?>("channel"),
                    context.GetArgument<string?>("platform"),
                    context.GetArgument<string?>("processType"),
                    context.GetArgument<int>("days"),
                    context.GetArgument<int>("first")),
                context.CancellationToken));
        query.Field<SignatureReportType>("signature")
            .Description("The report of one signature over the last `days` days, with when it was first and last "
                + "seen; null when it has no crash in the retention.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The signature, exactly.")
            .WithDays()
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await context.Service<SignatureReportService>().ReportAsync(
                context.GetArgument<string>("name"), context.GetArgument<int>("days"),
                ProtectedFields.RightsOf(context), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExplosiveSignatureType>>>>("explosiveSignatures")
            .Description("Signatures of a product whose latest 24 hours are far above their own daily baseline over "
                + "the `days` days before, highest score first (docs/visibility.md).")
            .Argument<NonNullGraphType<StringGraphType>>("product", "The product, e.g. Firefox.")
            .WithDays()
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await context.Service<ExplosiveSignaturesService>().ExplosiveAsync(
                context.GetArgument<string>("product"), context.GetArgument<int>("days"), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriticalCrashType>>>>("criticalCrashes")
            .Description($"The {CriticalCrashesService.Shown} signatures of a product with the most startup crashes, "
                + "out-of-memory crashes, shutdown hangs and parent-process crashes over the last `days` days "
                + "(docs/visibility.md).")
            .Argument<NonNullGraphType<StringGraphType>>("product", "The product, e.g. Firefox.")
            .WithDays()
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await context.Service<CriticalCrashesService>().CriticalAsync(
                context.GetArgument<string>("product"), context.GetArgument<int>("days"), context.CancellationToken));
    }

    static FieldBuilder<TSource, TReturn> WithDays<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("days", "The period in days: 1, 3, 7, 14 or 28.", argument =>
        {
            argument.DefaultValue = VisibilityDays.Default;
            argument.Validate(value =>
            {
                if (value is int days && !VisibilityDays.Allowed.Contains(days))
                    throw new ArgumentException(VisibilityDays.Problem(days));
            });
        });
}
