using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SearchBox;

/// <summary>
/// Parses the search-box syntax: <c>field:value</c> with SuperSearch's operator prefixes after the colon, quoted
/// values, bare words as free text, <c>AND</c>, <c>OR</c>, <c>NOT</c> or <c>-</c>, and parentheses. Adjacent terms
/// are ANDed; AND binds tighter than OR. A plain value ending in <c>*</c> on a string field is a prefix search.
/// A stack-frame field may carry a top-frames suffix: <c>function[5]:js::gc::*</c> tests only the top 5 frames.
/// Errors name the parameter and the 0-based position of the mistake.
/// </summary>
public sealed class SearchBoxParser(FieldCatalogue catalogue, SearchLimits limits)
{
    /// <summary>Parses <paramref name="text"/>, given in <paramref name="parameter"/>.</summary>
    /// <exception cref="InvalidQueryException">The text is not valid; the message says where.</exception>
    public SearchBoxQuery Parse(string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SearchBoxLexer.Tokenize(text, parameter);
        var reader = new Reader(tokens);
        if (reader.Peek.Kind == SearchBoxTokenKind.End)
            return new SearchBoxQuery(null, []);
        var tree = ParseOr(reader, parameter);
        if (reader.Peek.Kind != SearchBoxTokenKind.End)
            throw SearchBoxErrors.At(parameter, reader.Peek.Position, reader.Peek.Kind == SearchBoxTokenKind.Close ? "')' has no matching '('" : "unexpected input");
        return DateWindow.Extract(tree);
    }

    QueryNode ParseOr(Reader reader, string parameter)
    {
        var alternatives = new List<QueryNode> { ParseAnd(reader, parameter) };
        while (reader.Peek.Kind == SearchBoxTokenKind.Or)
        {
            reader.Next();
            alternatives.Add(ParseAnd(reader, parameter));
        }
        return alternatives.Count == 1 ? alternatives[0] : new AnyOf(alternatives);
    }

    QueryNode ParseAnd(Reader reader, string parameter)
    {
        var parts = new List<QueryNode> { ParseUnary(reader, parameter) };
        while (true)
        {
            var kind = reader.Peek.Kind;
            if (kind == SearchBoxTokenKind.And)
            {
                reader.Next();
                parts.Add(ParseUnary(reader, parameter));
            }
            else if (kind is SearchBoxTokenKind.Term or SearchBoxTokenKind.Not or SearchBoxTokenKind.Open)
            {
                parts.Add(ParseUnary(reader, parameter));
            }
            else
            {
                return parts.Count == 1 ? parts[0] : new AllOf(parts);
            }
        }
    }

    QueryNode ParseUnary(Reader reader, string parameter)
    {
        var token = reader.Next();
        switch (token.Kind)
        {
            case SearchBoxTokenKind.Not:
                return new Not(ParseUnary(reader, parameter));
            case SearchBoxTokenKind.Open:
                if (reader.Peek.Kind == SearchBoxTokenKind.Close)
                    throw SearchBoxErrors.At(parameter, reader.Peek.Position, "empty parentheses");
                var inner = ParseOr(reader, parameter);
                if (reader.Peek.Kind != SearchBoxTokenKind.Close)
                    throw SearchBoxErrors.At(parameter, token.Position, "the '(' opened here is never closed");
                reader.Next();
                return inner;
            case SearchBoxTokenKind.Term:
                return Term(token, parameter);
            case SearchBoxTokenKind.End:
                throw SearchBoxErrors.At(parameter, token.Position, "the text ends where a search term was expected");
            default:
                throw SearchBoxErrors.At(parameter, token.Position, $"{Describe(token.Kind)} where a search term was expected");
        }
    }

    QueryNode Term(SearchBoxToken token, string parameter)
    {
        if (token.Field is null)
        {
            if (token.Value.Length == 0)
                throw SearchBoxErrors.At(parameter, token.Position, "empty quotes");
            return new FreeText(token.Value);
        }
        var framed = TopFramesSuffix.Split(token.Field);
        var name = framed?.Field ?? token.Field;
        var field = catalogue.Find(name)
            ?? throw SearchBoxErrors.At(parameter, token.Position,
                $"unknown field '{QueryErrors.Clip(name)}' (see docs/fields.md; quote the text to search it as words)");
        int? maxFrame = null;
        if (framed is { } suffix)
        {
            if (!TopFramesSuffix.AppliesTo(field))
                throw SearchBoxErrors.At(parameter, token.Position, $"'[{suffix.Count}]' (within the top N frames) applies to the stack-frame fields (function, module, source_file) only, and {field.Name} is not one");
            maxFrame = TopFramesSuffix.ParseCount(suffix.Count)
                ?? throw SearchBoxErrors.At(parameter, token.Position,
                    $"the number of top frames in '[{QueryErrors.Clip(suffix.Count)}]' must be a whole number "
                    + $"from 1 to {int.MaxValue}");
        }
        if (token.Value.Length == 0)
            throw SearchBoxErrors.At(parameter, token.Position, $"'{field.Name}:' needs a value");
        var value = token.Quoted
            ? new FilterValue(false, PredicateOperator.Match, token.Value, "")
            : FilterValue.Parse(token.Value, parameter);
        if (value.Operator == PredicateOperator.Match && field.IsString && value.Operand.Length > 1 && value.Operand.EndsWith('*'))
            value = value with { Operator = PredicateOperator.StartsWith, Operand = value.Operand.TrimEnd('*') };
        QueryNode predicate = FieldPredicateFactory.Create(field, value, parameter, limits) with { MaxFrame = maxFrame };
        return value.Negated ? new Not(predicate) : predicate;
    }

    static string Describe(SearchBoxTokenKind kind) => kind switch
    {
        SearchBoxTokenKind.And => "'AND'",
        SearchBoxTokenKind.Or => "'OR'",
        SearchBoxTokenKind.Close => "')'",
        _ => kind.ToString(),
    };

    sealed class Reader(List<SearchBoxToken> tokens)
    {
        int _next;

        public SearchBoxToken Peek => tokens[_next];

        public SearchBoxToken Next() => tokens[_next == tokens.Count - 1 ? _next : _next++];
    }
}
