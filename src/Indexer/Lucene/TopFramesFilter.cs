using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Documents with a term of <paramref name="field"/> accepted by <paramref name="terms"/> in one of the frames
/// 0..top-1. Stack-frame terms sit at their frame's position, and a document's positions of a term come in
/// ascending order, so the first one decides.
/// </summary>
internal sealed class TopFramesFilter(string field, CompiledAutomaton terms, int top) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var indexed = context.AtomicReader.GetTerms(field);
        if (indexed is null)
            return null;
        if (!indexed.HasPositions)
            throw new InvalidOperationException($"Field '{field}' was indexed without frame positions.");
        var matching = terms.GetTermsEnum(indexed);
        FixedBitSet? docs = null;
        DocsAndPositionsEnum? positions = null;
        while (matching.MoveNext())
        {
            positions = matching.DocsAndPositions(acceptDocs, positions, DocsAndPositionsFlags.NONE);
            int doc;
            while ((doc = positions!.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (positions.NextPosition() < top)
                    (docs ??= new FixedBitSet(context.AtomicReader.MaxDoc)).Set(doc);
            }
        }
        return docs;
    }

    public override string ToString() => $"{field}:{terms.Type} within top {top} frames";
}
