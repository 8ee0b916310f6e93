using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries;

/// <summary>
/// The stack-frame predicates that say which frames of a hit matched: tests on stack-frame fields (<c>function</c>,
/// <c>module</c>, <c>source_file</c>) that a crash must pass, not fail, to match, i.e. under an even number of
/// <see cref="Not"/> nodes. Free text is not among them: it searches whole documents, not frames.
/// </summary>
public static class FramePredicates
{
    /// <summary>The positive stack-frame predicates of <paramref name="filter"/>, in tree order.</summary>
    /// <param name="filter">A query's filter tree; null has none.</param>
    /// <param name="catalogue">Decides which fields are stack-frame fields.</param>
    public static IReadOnlyList<FieldPredicate> Of(QueryNode? filter, FieldCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var found = new List<FieldPredicate>();
        Collect(filter, negated: false, catalogue, found);
        return found;
    }

    static void Collect(QueryNode? node, bool negated, FieldCatalogue catalogue, List<FieldPredicate> found)
    {
        switch (node)
        {
            case AllOf all:
                foreach (var child in all.Children)
                    Collect(child, negated, catalogue, found);
                break;
            case AnyOf any:
                foreach (var child in any.Children)
                    Collect(child, negated, catalogue, found);
                break;
            case Not not:
                Collect(not.Child, !negated, catalogue, found);
                break;
            case FieldPredicate predicate when !negated && catalogue.Find(predicate.Field)?.FrameProperty is not null:
                found.Add(predicate);
                break;
        }
    }
}
