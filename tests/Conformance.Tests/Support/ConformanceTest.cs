using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SearchBox;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.Conformance.Tests.Support;

/// <summary>
/// What every behaviour test gets: an empty index from its backend, crashes indexed through the real document
/// builder, and the real front doors (SuperSearch parameters, search-box text, or a <see cref="CrashQuery"/>)
/// evaluated at a fixed <see cref="Now"/>.
/// </summary>
public abstract class ConformanceTest(ICrashIndexBackend backend) : IAsyncLifetime
{
    /// <summary>The current time of every test: a Friday, so that the default 7-day window spans two ISO weeks.</summary>
    protected static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    protected static readonly FieldCatalogue Catalogue = FieldCatalogue.Default;

    static readonly CrashDocumentBuilder DocumentBuilder = new(Catalogue);

    readonly string _scratch = System.IO.Path.Combine(System.IO.Path.GetTempPath(),
        "crashsearch-conformance-" + Guid.NewGuid().ToString("N"));
    ICrashIndex? _index;

    protected ICrashIndexBackend Backend => backend;

    protected ICrashIndex Index => _index
        ?? throw new InvalidOperationException("The index is opened before each test.");

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected static SearchLimits Limits { get; } = new();

    /// <summary>The SuperSearch door, over the builder every door shares.</summary>
    protected static SuperSearchParser Parser { get; } = new(new CrashQueryBuilder(Catalogue, Limits));

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_scratch);
        _index = await backend.OpenAsync(_scratch, Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (_index is not null)
        {
            await backend.DeleteAsync(_index, CancellationToken.None);
            _index.Dispose();
        }
        if (Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static ProcessedCrash Crash(string uuid) => new(uuid);

    /// <summary>
    /// Builds, indexes and commits the crashes. A crash without a date is processed one minute before the one
    /// listed before it (the first an hour before <see cref="Now"/>), so the default order, newest first, is the listing order.
    /// </summary>
    protected async Task IndexAsync(params ProcessedCrash[] crashes)
    {
        var documents = new List<CrashDocument>(crashes.Length);
        for (var i = 0; i < crashes.Length; i++)
        {
            if (!crashes[i].HasDate)
                crashes[i].At(Now.AddHours(-1).AddMinutes(-i));
            documents.Add(DocumentBuilder.Build(crashes[i].ToUtf8()));
        }
        await Index.IndexAsync(documents, Cancellation);
        await Index.CommitAsync(null, Cancellation);
    }

    /// <summary>Runs a SuperSearch query string (<c>a=1&amp;b=2</c>, split on '&amp;' and the first '=', no URL decoding).</summary>
    protected Task<SuperSearchAnswer> SuperSearchAsync(string query, bool canReadProtected = false) =>
        SuperSearchAsync(Pairs(query), canReadProtected);

    protected async Task<SuperSearchAnswer> SuperSearchAsync(IEnumerable<KeyValuePair<string, string>> parameters,
        bool canReadProtected = false)
    {
        var parsed = Parser.Parse(parameters, canReadProtected, Now);
        var result = await Index.SearchAsync(parsed.Query, Cancellation);
        return new SuperSearchAnswer(parsed, result);
    }

    /// <summary>The uuids SuperSearch returns, in order.</summary>
    protected async Task<string[]> UuidsAsync(string query, bool canReadProtected = false) =>
        (await SuperSearchAsync(query, canReadProtected)).Uuids;

    /// <summary>The parameter SuperSearch names when it rejects the query.</summary>
    protected static InvalidQueryException Rejects(string query, bool canReadProtected = false) =>
        Assert.Throws<InvalidQueryException>(() => Parser.Parse(Pairs(query), canReadProtected, Now));

    /// <summary>
    /// Runs search-box text over the default 7-day window (its date ranges set the window as SuperSearch does),
    /// redacted like every front door for a caller without the permission.
    /// </summary>
    protected async Task<(string[] Uuids, IReadOnlyList<string> Errors)> SearchBoxAsync(string text,
        bool canReadProtected = false)
    {
        var parsed = new SearchBoxParser(Catalogue, Limits).Parse(text, "q");
        Assert.Empty(parsed.DateRanges);
        var query = Query(parsed.Filter) with { CanReadProtected = canReadProtected };
        IReadOnlyList<string> errors = [];
        if (!canReadProtected)
            (query, errors) = ProtectedFieldRedactor.Redact(query, Catalogue);
        var result = await Index.SearchAsync(query, Cancellation);
        return ([.. result.Hits.Select(h => h.Uuid)], errors);
    }

    protected static InvalidQueryException SearchBoxRejects(string text) =>
        Assert.Throws<InvalidQueryException>(() => new SearchBoxParser(Catalogue, Limits).Parse(text, "q"));

    /// <summary>An engine-level query over the 7 days before <see cref="Now"/>, up to 1000 hits, default columns.</summary>
    protected static CrashQuery Query(QueryNode? filter = null) => new()
    {
        Filter = filter,
        From = Now.AddDays(-7),
        To = Now,
        Size = 1000,
    };

    protected async Task<string[]> UuidsAsync(CrashQuery query) =>
        [.. (await Index.SearchAsync(query, Cancellation)).Hits.Select(h => h.Uuid)];

    /// <summary>"a,b,c" as a list; "" as none.</summary>
    protected static string[] List(string commaSeparated) =>
        commaSeparated.Length == 0 ? [] : commaSeparated.Split(',');

    static List<KeyValuePair<string, string>> Pairs(string query) =>
        query.Length == 0
            ? []
            : [.. query.Split('&').Select(p => p.IndexOf('=', StringComparison.Ordinal) is var i and >= 0
                ? new KeyValuePair<string, string>(p[..i], p[(i + 1)..])
                : new KeyValuePair<string, string>(p, ""))];
}
