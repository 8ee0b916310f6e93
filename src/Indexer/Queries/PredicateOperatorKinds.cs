namespace CrashSearch.Indexer.Queries;

/// <summary>Groups of <see cref="PredicateOperator"/> that several front doors treat alike.</summary>
public static class PredicateOperatorKinds
{
    /// <summary>Whether <paramref name="op"/> compares against one bound: <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c> or <c>&lt;=</c>.</summary>
    /// <param name="op">The operator to classify.</param>
    public static bool IsRange(this PredicateOperator op) =>
        op is PredicateOperator.GreaterThan or PredicateOperator.GreaterOrEqual or PredicateOperator.LessThan or PredicateOperator.LessOrEqual;
}
