using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Says which frames of a hit satisfy the query's stack-frame predicates, from the stored frames, with the index's
/// semantics applied to one frame at a time: whole-value operators (exact, prefix, contains, suffix, regular
/// expression) on the frame's value, a text match when every analysed word of the value is among the frame's words
/// (symbol analyser), and only frames above the predicate's <see cref="FieldPredicate.MaxFrame"/>. Run on the
/// returned page only.
/// Both engines compute a hit's matched frames with it.
/// </summary>
internal sealed class FrameMatcher
{
    readonly List<(string Property, int MaxFrame, Func<string, bool> Test)> _tests;

    FrameMatcher(List<(string Property, int MaxFrame, Func<string, bool> Test)> tests)
    {
        _tests = tests;
    }

    /// <summary>A matcher for the query, or null when it has no stack-frame predicates.</summary>
    public static FrameMatcher? For(CrashQuery query, FieldCatalogue catalogue, CrashAnalyzer analyzer)
    {
        var predicates = FramePredicates.Of(query.Filter, catalogue);
        if (predicates.Count == 0)
            return null;
        var tests = new List<(string, int, Func<string, bool>)>(predicates.Count);
        foreach (var predicate in predicates)
        {
            var field = catalogue[predicate.Field];
            tests.Add((field.FrameProperty!, predicate.MaxFrame ?? int.MaxValue, Test(field, predicate, analyzer)));
        }
        return new FrameMatcher(tests);
    }

    /// <summary>Positions of the frames that satisfy at least one predicate, ascending.</summary>
    public List<int> Match(IReadOnlyList<CrashFrame> frames)
    {
        var matched = new List<int>();
        for (var position = 0; position < frames.Count; position++)
        {
            foreach (var (property, maxFrame, test) in _tests)
            {
                if (position < maxFrame && frames[position].Get(property) is { Length: > 0 } value && test(value))
                {
                    matched.Add(position);
                    break;
                }
            }
        }
        return matched;
    }

    static Func<string, bool> Test(FieldDefinition field, FieldPredicate predicate, CrashAnalyzer analyzer)
    {
        var operand = predicate.Value as string ?? "";
        switch (predicate.Operator)
        {
            case PredicateOperator.Exists:
                return _ => true;
            case PredicateOperator.Match when field.Type == FieldType.Text:
                var words = analyzer.Words(field, operand).Distinct(StringComparer.Ordinal).ToList();
                // No words matches nothing, as in the index.
                return value => words.Count > 0
                    && words.All(new HashSet<string>(analyzer.Words(field, value), StringComparer.Ordinal).Contains);
            case PredicateOperator.Match or PredicateOperator.Exact:
                return value => string.Equals(value, operand, StringComparison.Ordinal);
            case PredicateOperator.StartsWith:
                return value => value.StartsWith(operand, StringComparison.Ordinal);
            case PredicateOperator.EndsWith:
                return value => value.EndsWith(operand, StringComparison.Ordinal);
            case PredicateOperator.Contains:
                return value => value.Contains(operand, StringComparison.Ordinal);
            case PredicateOperator.Regex:
                var automaton = new CharacterRunAutomaton(RegexGuard.Compile(field.Name, operand));
                return automaton.Run;
            default:
                // Ranges and __true__ do not apply to frame fields; the translator has refused them already.
                return _ => false;
        }
    }
}
