using CrashSearch.Indexer.Queries;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Translates the boolean tree of a <see cref="CrashQuery"/> into one Lucene query (the time window is applied
/// on the date column, see <see cref="MatchedDocs"/>). Scores are never used, so everything is a filter.
/// </summary>
internal sealed class QueryTranslator(PredicateTranslator predicates)
{
    /// <summary>The filter as a Lucene query, or null when it matches everything.</summary>
    public Query? Translate(CrashQuery query)
    {
        if (query.Filter is null or AllOf { Children.Count: 0 })
            return null;
        var root = new BooleanQuery();
        AddRequired(root, query.Filter, query.CanReadProtected);
        return new ConstantScoreQuery(root);
    }

    Query Node(QueryNode node, bool canReadProtected)
    {
        switch (node)
        {
            case AllOf { Children.Count: 0 }:
                return new MatchAllDocsQuery();
            case AllOf all:
                var every = new BooleanQuery();
                foreach (var child in all.Children)
                    AddRequired(every, child, canReadProtected);
                return every;
            case AnyOf any:
                var alternatives = any.Children.Select(child => Node(child, canReadProtected)).ToList();
                // One value among many (a signature among the top 50): a disjunction of term queries advances a heap
                // of postings per document (20 to 60 ms for 50 signatures matching 12,500 crashes, measured); a
                // terms filter reads each posting list once into a bit set.
                if (alternatives.Count > 1 && alternatives.Count <= BooleanQuery.MaxClauseCount
                    && alternatives.All(a => a is TermQuery))
                    return new ConstantScoreQuery(new TermsFilter([.. alternatives.Select(a => ((TermQuery)a).Term)]));
                // No clauses at all matches nothing, as an empty AnyOf should.
                var some = new BooleanQuery();
                foreach (var alternative in alternatives)
                    Add(some, alternative, Occur.SHOULD);
                return some;
            case Not not:
                var allBut = new BooleanQuery();
                AddRequired(allBut, not, canReadProtected);
                return allBut;
            case FreeText text:
                return predicates.FreeText(text.Text, canReadProtected);
            case FieldPredicate predicate:
                return predicates.Translate(predicate, canReadProtected);
            default:
                throw new InvalidQueryException("filter", $"Unsupported query node {node.GetType().Name}.");
        }
    }

    /// <summary>
    /// Adds a node that must match; a <see cref="Not"/> becomes a prohibited clause next to what is required.
    /// </summary>
    void AddRequired(BooleanQuery into, QueryNode node, bool canReadProtected)
    {
        if (node is Not not)
        {
            if (!into.Clauses.Any(c => c.Occur == Occur.MUST))
                Add(into, new MatchAllDocsQuery(), Occur.MUST);
            Add(into, Node(not.Child, canReadProtected), Occur.MUST_NOT);
            return;
        }
        // A previously added match-all placeholder becomes redundant, but harmless.
        Add(into, Node(node, canReadProtected), Occur.MUST);
    }

    static void Add(BooleanQuery into, Query query, Occur occur)
    {
        try
        {
            into.Add(query, occur);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidQueryException("filter",
                $"The filter has more than {BooleanQuery.MaxClauseCount} alternatives or conditions at one level.");
        }
    }
}
