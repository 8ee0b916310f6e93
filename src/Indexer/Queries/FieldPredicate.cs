namespace CrashSearch.Indexer.Queries;

/// <summary>
/// A test on one field. <see cref="Value"/> is typed for the field (see <see cref="Documents.CrashDocument"/>),
/// or null for <see cref="PredicateOperator.Exists"/> and <see cref="PredicateOperator.IsTrue"/>.
/// <see cref="MaxFrame"/>, for stack-frame fields only, limits the test to frames 0..MaxFrame-1.
/// </summary>
public sealed record FieldPredicate(string Field, PredicateOperator Operator, object? Value, int? MaxFrame = null) : QueryNode;
