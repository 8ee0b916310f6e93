using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.SuperSearch;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>What the SuperSearch handlers need, in one parameter: parser, index, catalogue, clock, options.</summary>
internal sealed record SuperSearchDoor(
    SuperSearchParser Parser,
    ICrashIndex Index,
    FieldCatalogue Catalogue,
    TimeProvider Time,
    IOptions<SuperSearchOptions> Options);
