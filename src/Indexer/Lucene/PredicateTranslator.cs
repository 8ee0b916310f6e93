using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Translates field predicates and free text (docs/query-semantics.md). It is the last guard: unknown fields,
/// operators that do not fit the field type and values of the wrong type throw <see cref="InvalidQueryException"/>.
/// </summary>
internal sealed class PredicateTranslator(FieldCatalogue catalogue, CrashAnalyzer analyzer, ColumnCache columns)
{
    public Query Translate(FieldPredicate predicate, bool canReadProtected)
    {
        var field = PredicateChecks.Field(catalogue, predicate, canReadProtected);
        return predicate.Operator switch
        {
            PredicateOperator.Exists => predicate.MaxFrame is { } top
                ? Framed(field, BasicAutomata.MakeAnyString(), top)
                : LuceneFields.HasDocValues(field)
                    ? new ConstantScoreQuery(new ColumnExistsFilter(field, columns))
                    : new TermQuery(new Term(LuceneFields.EXISTS, field.Name)),
            PredicateOperator.IsTrue when field.Type == FieldType.Boolean =>
                new TermQuery(new Term(field.Name, LuceneFields.TRUE_TERM)),
            PredicateOperator.Match => Match(field, predicate),
            PredicateOperator.Exact or PredicateOperator.Contains or PredicateOperator.StartsWith
                or PredicateOperator.EndsWith or PredicateOperator.Regex when field.IsString => WholeValue(field,
                    predicate),
            PredicateOperator.GreaterThan or PredicateOperator.GreaterOrEqual or PredicateOperator.LessThan
                or PredicateOperator.LessOrEqual when field.IsNumber || field.Type == FieldType.Date => Range(field,
                    predicate),
            _ => throw PredicateChecks.NotApplicable(field, predicate.Operator),
        };
    }

    /// <summary>Every word must occur in at least one default text field the caller may read.</summary>
    public Query FreeText(string text, bool canReadProtected)
    {
        var (fields, typed) = Queries.FreeText.Plan(text, catalogue, canReadProtected);
        var all = new BooleanQuery();
        foreach (var word in typed)
        {
            var anyField = new BooleanQuery();
            foreach (var field in fields)
            {
                if (field.Type == FieldType.Keyword)
                    anyField.Add(new TermQuery(new Term(field.Name, IndexLimits.Cut(word))), Occur.SHOULD);
                else if (analyzer.Words(field, word) is { Count: > 0 } words)
                    anyField.Add(AllWords(field.Name, words), Occur.SHOULD);
            }
            // A word made only of punctuation has no searchable form in any field and constrains nothing.
            if (anyField.Clauses.Count > 0)
                all.Add(anyField, Occur.MUST);
        }
        return all.Clauses.Count > 0 ? all : new MatchAllDocsQuery();
    }

    Query Match(FieldDefinition field, FieldPredicate predicate)
    {
        var value = Value(field, predicate);
        if (field.Type == FieldType.Text)
        {
            var words = analyzer.Words(field, (string)value).Distinct(StringComparer.Ordinal).ToList();
            if (predicate.MaxFrame is not { } top)
                return AllWords(field.Name, words);
            var all = new BooleanQuery();
            foreach (var word in words)
                all.Add(new SpanFirstQuery(new SpanTermQuery(new Term(field.Name, word)), top), Occur.MUST);
            return all;
        }
        return field.Type switch
        {
            FieldType.Keyword => predicate.MaxFrame is { } frames
                ? Framed(field, BasicAutomata.MakeString((string)value), frames)
                : new TermQuery(new Term(field.Name, IndexLimits.Cut((string)value))),
            FieldType.Boolean => new TermQuery(new Term(field.Name,
                (bool)value ? LuceneFields.TRUE_TERM : LuceneFields.FALSE_TERM)),
            _ => NumericRange(field, value, value, true, true),
        };
    }

    /// <summary>No words matches nothing, like a search for nothing in particular should.</summary>
    static BooleanQuery AllWords(string luceneField, IEnumerable<string> words)
    {
        var all = new BooleanQuery();
        foreach (var word in words)
            all.Add(new TermQuery(new Term(luceneField, word)), Occur.MUST);
        return all;
    }

    Query WholeValue(FieldDefinition field, FieldPredicate predicate)
    {
        var value = (string)Value(field, predicate);
        var whole = LuceneFields.WholeValue(field);
        if (predicate.MaxFrame is null)
        {
            switch (predicate.Operator)
            {
                // Values over the term limit are indexed cut (IndexLimits): the searched value is cut the same way.
                case PredicateOperator.Exact: return new TermQuery(new Term(whole, IndexLimits.Cut(value)));
                case PredicateOperator.StartsWith: return new PrefixQuery(new Term(whole, IndexLimits.Cut(value)));
            }
        }
        if (predicate.Operator != PredicateOperator.Regex && value.Length > RegexGuard.MaxLength)
            throw new InvalidQueryException(field.Name,
                $"The value compared with '{field.Name}' is longer than {RegexGuard.MaxLength} characters.");
        var automaton = predicate.Operator switch
        {
            PredicateOperator.Exact => BasicAutomata.MakeString(value),
            PredicateOperator.StartsWith => BasicOperations.Concatenate(BasicAutomata.MakeString(value),
                BasicAutomata.MakeAnyString()),
            PredicateOperator.EndsWith => BasicOperations.Concatenate(BasicAutomata.MakeAnyString(),
                BasicAutomata.MakeString(value)),
            PredicateOperator.Contains => BasicOperations.Concatenate(
                [BasicAutomata.MakeAnyString(), BasicAutomata.MakeString(value), BasicAutomata.MakeAnyString()]),
            _ => RegexGuard.Compile(field.Name, value),
        };
        return predicate.MaxFrame is { } top ? Framed(field, automaton, top) : new AutomatonQuery(new Term(whole,
            value), automaton);
    }

    /// <summary>A whole frame value accepted by <paramref name="value"/> in one of the frames 0..top-1.</summary>
    static ConstantScoreQuery Framed(FieldDefinition field, Automaton value, int top) =>
        new(new TopFramesFilter(LuceneFields.WholeValue(field), new CompiledAutomaton(value), top));

    Query Range(FieldDefinition field, FieldPredicate predicate)
    {
        var value = Value(field, predicate);
        return predicate.Operator switch
        {
            PredicateOperator.GreaterThan => NumericRange(field, value, null, false, false),
            PredicateOperator.GreaterOrEqual => NumericRange(field, value, null, true, false),
            PredicateOperator.LessThan => NumericRange(field, null, value, false, false),
            _ => NumericRange(field, null, value, false, true),
        };
    }

    ConstantScoreQuery NumericRange(FieldDefinition field, object? min, object? max, bool minInclusive,
        bool maxInclusive)
    {
        var low = min is null ? long.MinValue : SortableLongs.ToSortableLong(field, min);
        var high = max is null ? long.MaxValue : SortableLongs.ToSortableLong(field, max);
        // Sortable longs keep the order of the values, so an open bound is the next long inward; past the end of
        // the longs, the range is empty (low above high).
        if (min is not null && !minInclusive)
            (low, high) = low == long.MaxValue ? (1, 0) : (low + 1, high);
        if (max is not null && !maxInclusive)
            (low, high) = high == long.MinValue ? (1, 0) : (low, high - 1);
        if (LuceneFields.HasDocValues(field))
            return new ConstantScoreQuery(new ColumnRangeFilter(field, columns, low, high));
        // Without doc values the number is a term: the range is one over the terms, nothing when it is empty.
        return low > high
            ? new ConstantScoreQuery(new BooleanQuery())
            : new ConstantScoreQuery(TermRangeQuery.NewStringRange(
                field.Name, LuceneFields.NumberTerm(low), LuceneFields.NumberTerm(high), true, true));
    }

    static object Value(FieldDefinition field, FieldPredicate predicate) => PredicateChecks.Value(field, predicate);
}
