namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// One filter value split into its operator prefix and operand: <c>!~OOM</c> is a negated contains of "OOM".
/// <c>__null__</c> is a negated <see cref="PredicateOperator.Exists"/> and <c>!__null__</c> a plain one.
/// </summary>
internal sealed record FilterValue(bool Negated, PredicateOperator Operator, string Operand, string Prefix)
{
    const string NullToken = "__null__";
    const string TrueToken = "__true__";

    // Longest prefixes first, so that ">=" is not read as ">" followed by "=".
    static readonly (string Prefix, PredicateOperator Operator)[] Prefixes =
    [
        (">=", PredicateOperator.GreaterOrEqual), ("<=", PredicateOperator.LessOrEqual),
        (">", PredicateOperator.GreaterThan), ("<", PredicateOperator.LessThan),
        ("=", PredicateOperator.Exact), ("~", PredicateOperator.Contains), ("^", PredicateOperator.StartsWith),
        ("$", PredicateOperator.EndsWith), ("@", PredicateOperator.Regex),
    ];

    /// <summary>Whether this is <c>__null__</c>: the field has no value.</summary>
    public bool IsNull => Negated && Operator == PredicateOperator.Exists;

    /// <summary>Splits a non-empty value; an operator without an operand is an error naming the parameter.</summary>
    public static FilterValue Parse(string text, string parameter)
    {
        var negated = text.StartsWith('!');
        var rest = negated ? text[1..] : text;
        var not = negated ? "!" : "";
        if (rest == NullToken)
            return new FilterValue(!negated, PredicateOperator.Exists, "", not + NullToken);
        if (rest == TrueToken)
            return new FilterValue(negated, PredicateOperator.IsTrue, "", not + TrueToken);
        foreach (var (prefix, op) in Prefixes)
        {
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
                return WithOperand(negated, op, rest[prefix.Length..], not + prefix, parameter);
        }
        return WithOperand(negated, PredicateOperator.Match, rest, not, parameter);
    }

    static FilterValue WithOperand(bool negated, PredicateOperator op, string operand, string prefix, string parameter)
    {
        if (operand.Length == 0)
            throw QueryErrors.Invalid(parameter, $"the operator '{prefix}' needs a value after it.");
        return new FilterValue(negated, op, operand, prefix);
    }

    /// <summary>The operator as a caller wrote it, for messages.</summary>
    public string Describe() => Operator switch
    {
        PredicateOperator.Match => "a plain value (match)",
        PredicateOperator.Exact => "'=' (is exactly)",
        PredicateOperator.Contains => "'~' (contains)",
        PredicateOperator.StartsWith => "'^' (starts with)",
        PredicateOperator.EndsWith => "'$' (ends with)",
        PredicateOperator.Regex => "'@' (regular expression)",
        PredicateOperator.Exists => "'__null__'",
        PredicateOperator.IsTrue => "'__true__'",
        _ => $"'{Prefix.TrimStart('!')}' (range)",
    };
}
