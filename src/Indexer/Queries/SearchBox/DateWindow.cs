namespace CrashSearch.Indexer.Queries.SearchBox;

/// <summary>Pulls range tests on <c>date</c> that every match must pass (top-level AND) out of a tree.</summary>
internal static class DateWindow
{
    public static SearchBoxQuery Extract(QueryNode tree)
    {
        var conjuncts = tree is AllOf all ? all.Children : [tree];
        var ranges = new List<FieldPredicate>();
        var rest = new List<QueryNode>();
        foreach (var node in conjuncts)
        {
            if (node is FieldPredicate { Field: "date", Value: DateTimeOffset } predicate && predicate.Operator.IsRange())
                ranges.Add(predicate);
            else
                rest.Add(node);
        }
        var filter = rest.Count switch
        {
            0 => null,
            1 => rest[0],
            _ => new AllOf(rest),
        };
        return new SearchBoxQuery(filter, ranges);
    }
}
