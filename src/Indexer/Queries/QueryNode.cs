namespace CrashSearch.Indexer.Queries;

/// <summary>A node of the boolean filter tree of a <see cref="CrashQuery"/>.</summary>
public abstract record QueryNode;

/// <summary>Every child must match. An empty list matches everything.</summary>
public sealed record AllOf(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>At least one child must match. An empty list matches nothing.</summary>
public sealed record AnyOf(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>The child must not match.</summary>
public sealed record Not(QueryNode Child) : QueryNode;

/// <summary>Words searched over the default text fields (see <see cref="FreeText.DefaultFields"/>); every word must occur.</summary>
public sealed record FreeText(string Text) : QueryNode
{
    /// <summary>The text fields that free text searches, when the caller may see them.</summary>
    public static readonly IReadOnlyList<string> DefaultFields =
        ["signature", "proto_signature", "reason", "moz_crash_reason", "abort_message", "function", "module", "source_file", "app_notes", "processor_notes", "user_comments"];
}

/// <summary>
/// A test on one field. <see cref="Value"/> is typed for the field (see <see cref="Documents.CrashDocument"/>),
/// or null for <see cref="PredicateOperator.Exists"/> and <see cref="PredicateOperator.IsTrue"/>.
/// <see cref="MaxFrame"/>, for stack-frame fields only, limits the test to frames 0..MaxFrame-1.
/// </summary>
public sealed record FieldPredicate(string Field, PredicateOperator Operator, object? Value, int? MaxFrame = null) : QueryNode;
