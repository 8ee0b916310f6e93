using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The analysis-job fields: queries <c>analysisJob</c> and <c>analysisJobs</c>, mutations <c>startAnalysisJob</c>,
/// <c>cancelAnalysisJob</c> and <c>deleteAnalysisJob</c>. Jobs belong to the key that started them (any key with
/// read); another key's job is answered exactly as a missing one.
/// </summary>
internal static class AnalysisJobFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<AnalysisJobType>("analysisJob")
            .Description("One of the caller's analysis jobs, with its progress; null for any other id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's id.")
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await OwnedAsync(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisJobType>>>>("analysisJobs")
            .Description("The caller's analysis jobs, oldest first (none without a key).")
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => CallerKeyId.Of(context.User) is { } owner
                ? await context.Service<AnalysisJobStore>().ListOwnedAsync(owner, context.CancellationToken)
                : []);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AnalysisJobType>>("startAnalysisJob")
            .Description("Queues a job over every matching crash of the retention (a key with read; protected fields "
                + "need read-protected). Refused with LIMIT_REACHED past the key's running jobs or kept results.")
            .Argument<NonNullGraphType<StartAnalysisJobInputType>>("input", "What the job computes.")
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await StartAsync(context));
        mutation.Field<NonNullGraphType<AnalysisJobType>>("cancelAnalysisJob")
            .Description("Cancels one of the caller's queued or running jobs; it stops after the page it is reading. "
                + "A finished job is returned as it is.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's id.")
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await CancelAsync(context));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteAnalysisJob")
            .Description("Deletes one of the caller's jobs and its result (cancelling it if it runs): true.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's id.")
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await DeleteAsync(context));
    }

    static async Task<AnalysisJob?> OwnedAsync(IResolveFieldContext context, string id)
    {
        var job = await context.Service<AnalysisJobStore>().GetAsync(id, context.CancellationToken);
        return job is not null && job.Owner == CallerKeyId.Of(context.User) ? job : null;
    }

    static async Task<AnalysisJob> StartAsync(IResolveFieldContext context)
    {
        var owner = CallerKeyId.Of(context.User) ?? throw AnalysisJobErrors.NeedsKey();
        var spec = StartAnalysisJobInputType.Read(context.Input());
        var planner = context.Service<AnalysisJobPlanner>();
        var rights = ProtectedFields.RightsOf(context);
        if (planner.Forbidden(spec, rights) is { Count: > 0 } forbidden)
            throw AnalysisJobErrors.ProtectedFields(forbidden);
        // Checked now, so that a search that cannot run is refused at once rather than failing in the queue.
        planner.Query(spec, rights, context.Service<TimeProvider>().GetUtcNow());
        var store = context.Service<AnalysisJobStore>();
        var settings = context.Service<IOptions<AnalysisOptions>>().Value;
        var (active, results) = await store.CountOwnedAsync(owner, context.CancellationToken);
        if (active >= settings.MaxActiveJobsPerKey)
        {
            throw AnalysisJobErrors.Limit($"This key has {active} jobs queued or running, the most it may have "
                + "(Analysis:MaxActiveJobsPerKey); wait for one or cancel it.");
        }
        if (results >= settings.MaxStoredResultsPerKey)
        {
            throw AnalysisJobErrors.Limit($"This key keeps {results} results, the most it may "
                + "(Analysis:MaxStoredResultsPerKey); delete one with deleteAnalysisJob or wait until it expires.");
        }
        return await store.CreateAsync(owner, spec, context.CancellationToken);
    }

    static async Task<AnalysisJob> CancelAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var owner = CallerKeyId.Of(context.User) ?? throw AnalysisJobErrors.NotFound(id);
        var store = context.Service<AnalysisJobStore>();
        await store.CancelAsync(id, owner, context.CancellationToken);
        return await OwnedAsync(context, id) ?? throw AnalysisJobErrors.NotFound(id);
    }

    static async Task<bool> DeleteAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var owner = CallerKeyId.Of(context.User) ?? throw AnalysisJobErrors.NotFound(id);
        if (!await context.Service<AnalysisJobStore>().DeleteAsync(id, owner, context.CancellationToken))
            throw AnalysisJobErrors.NotFound(id);
        // A running scan notices at its next page that the row is gone, and deletes what it wrote.
        context.Service<AnalysisResultFiles>().Delete(id);
        return true;
    }
}
