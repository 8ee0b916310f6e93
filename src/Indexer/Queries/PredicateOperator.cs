namespace CrashSearch.Indexer.Queries;

/// <summary>What a <see cref="FieldPredicate"/> tests; see docs/query-semantics.md.</summary>
public enum PredicateOperator
{
    /// <summary>Text fields: every analysed word occurs. Other fields: equals the value.</summary>
    Match,

    /// <summary>The whole value, case-sensitive (text fields use their exact twin).</summary>
    Exact,

    /// <summary>The value contains the string, case-sensitive.</summary>
    Contains,

    /// <summary>The value starts with the string.</summary>
    StartsWith,

    /// <summary>The value ends with the string.</summary>
    EndsWith,

    /// <summary>The whole value matches a Lucene-syntax regular expression.</summary>
    Regex,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterOrEqual,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessOrEqual,

    /// <summary>The field has a value.</summary>
    Exists,

    /// <summary>A boolean field is true.</summary>
    IsTrue,
}
