using System.Text;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// Translates the boolean tree of a <see cref="CrashQuery"/> into Elasticsearch query DSL, with the semantics of
/// docs/query-semantics.md: words through the same analysers as on Lucene (matched against <c>@words</c>), whole
/// values on the field itself, the top N frames as nested queries on the frame position. Everything is a filter
/// (scores are never used). Refuses what the Lucene translator refuses, with the same messages, before any request.
/// </summary>
internal sealed class ElasticsearchFilterTranslator(FieldCatalogue catalogue, CrashAnalyzer analyzer)
{
    /// <summary>The filter as a query clause, or null when it matches everything.</summary>
    public JsonObject? Translate(QueryNode? filter, bool canReadProtected) =>
        filter is null or AllOf { Children.Count: 0 } ? null : Node(filter, canReadProtected);

    JsonObject Node(QueryNode node, bool canReadProtected) => node switch
    {
        AllOf { Children.Count: 0 } => MatchAll(),
        AllOf all => AllOf(all.Children, canReadProtected),
        // Elasticsearch answers a bool query without clauses with every document: an empty AnyOf matches nothing.
        AnyOf { Children.Count: 0 } => MatchNone(),
        AnyOf any => Bool(new JsonObject
        {
            ["should"] = new JsonArray([.. any.Children.Select(c => (JsonNode)Node(c, canReadProtected))]),
            ["minimum_should_match"] = 1,
        }),
        Not not => Bool(new JsonObject { ["must_not"] = new JsonArray(Node(not.Child, canReadProtected)) }),
        FreeText text => FreeText(text.Text, canReadProtected),
        FieldPredicate predicate => Predicate(predicate, canReadProtected),
        _ => throw new InvalidQueryException("filter", $"Unsupported query node {node.GetType().Name}."),
    };

    JsonObject AllOf(IReadOnlyList<QueryNode> children, bool canReadProtected)
    {
        var filter = new JsonArray();
        var mustNot = new JsonArray();
        foreach (var child in children)
        {
            if (child is Not not)
                mustNot.Add(Node(not.Child, canReadProtected));
            else
                filter.Add(Node(child, canReadProtected));
        }
        var clauses = new JsonObject();
        if (filter.Count > 0)
            clauses["filter"] = filter;
        if (mustNot.Count > 0)
            clauses["must_not"] = mustNot;
        return Bool(clauses);
    }

    JsonObject Predicate(FieldPredicate predicate, bool canReadProtected)
    {
        var field = PredicateChecks.Field(catalogue, predicate, canReadProtected);
        return predicate.Operator switch
        {
            PredicateOperator.Exists => predicate.MaxFrame is { } top
                ? Framed(top, Leaf("exists", "field", ElasticsearchFields.InFrame(field)))
                : Leaf("exists", "field", field.Name),
            PredicateOperator.IsTrue when field.Type == FieldType.Boolean => Term(field.Name, true),
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

    JsonObject Match(FieldDefinition field, FieldPredicate predicate)
    {
        var value = PredicateChecks.Value(field, predicate);
        if (field.Type == FieldType.Text)
        {
            var words = analyzer.Words(field, (string)value).Distinct(StringComparer.Ordinal).ToList();
            // No words matches nothing, like a search for nothing in particular should.
            if (words.Count == 0)
                return MatchNone();
            if (predicate.MaxFrame is not { } top)
                return AllWords(ElasticsearchFields.WordsOf(field), words);
            // Each word in one of the top frames, not necessarily the same one, as on Lucene.
            return Bool(new JsonObject
            {
                ["filter"] = new JsonArray([.. words.Select(w => (JsonNode)Framed(top,
                    Term(ElasticsearchFields.WordsInFrame(field), w)))]),
            });
        }
        if (predicate.MaxFrame is { } frames)
            return Framed(frames, Term(ElasticsearchFields.InFrame(field), IndexLimits.Cut((string)value)));
        return Term(field.Name, ElasticsearchDocumentWriter.Value(value));
    }

    JsonObject WholeValue(FieldDefinition field, FieldPredicate predicate)
    {
        var value = (string)PredicateChecks.Value(field, predicate);
        var target = predicate.MaxFrame is null ? field.Name : ElasticsearchFields.InFrame(field);
        if (predicate.Operator == PredicateOperator.Regex)
            _ = RegexGuard.Compile(field.Name, value);
        else if (predicate.Operator != PredicateOperator.Exact && predicate.Operator != PredicateOperator.StartsWith
            && value.Length > RegexGuard.MaxLength)
        {
            throw new InvalidQueryException(field.Name,
                $"The value compared with '{field.Name}' is longer than {RegexGuard.MaxLength} characters.");
        }
        var query = predicate.Operator switch
        {
            // Values over the term limit are indexed cut (IndexLimits): the searched value is cut the same way.
            PredicateOperator.Exact => Term(target, IndexLimits.Cut(value)),
            PredicateOperator.StartsWith => Leaf("prefix", target, IndexLimits.Cut(value)),
            PredicateOperator.EndsWith => Leaf("wildcard", target, "*" + Wildcard(value)),
            PredicateOperator.Contains => Leaf("wildcard", target, "*" + Wildcard(value) + "*"),
            _ => new JsonObject
            {
                ["regexp"] = new JsonObject
                {
                    [target] = new JsonObject
                    {
                        ["value"] = value,
                        ["flags"] = "ALL",
                        ["max_determinized_states"] = RegexGuard.MaxStates,
                    },
                },
            },
        };
        return predicate.MaxFrame is { } top ? Framed(top, query) : query;
    }

    static JsonObject Range(FieldDefinition field, FieldPredicate predicate)
    {
        var bound = predicate.Operator switch
        {
            PredicateOperator.GreaterThan => "gt",
            PredicateOperator.GreaterOrEqual => "gte",
            PredicateOperator.LessThan => "lt",
            _ => "lte",
        };
        var value = ElasticsearchDocumentWriter.Value(PredicateChecks.Value(field, predicate));
        return new JsonObject { ["range"] = new JsonObject { [field.Name] = new JsonObject { [bound] = value } } };
    }

    /// <summary>Every word must occur in at least one default text field the caller may read.</summary>
    JsonObject FreeText(string text, bool canReadProtected)
    {
        var (fields, typed) = Queries.FreeText.Plan(text, catalogue, canReadProtected);
        var all = new JsonArray();
        foreach (var word in typed)
        {
            var anyField = new JsonArray();
            foreach (var field in fields)
            {
                if (field.Type == FieldType.Keyword)
                    anyField.Add(Term(field.Name, IndexLimits.Cut(word)));
                else if (analyzer.Words(field, word) is { Count: > 0 } words)
                    anyField.Add(words.Count == 1
                        ? Term(ElasticsearchFields.WordsOf(field), words[0])
                        : AllWords(ElasticsearchFields.WordsOf(field), words));
            }
            // A word made only of punctuation has no searchable form in any field and constrains nothing.
            if (anyField.Count > 0)
                all.Add(Bool(new JsonObject { ["should"] = anyField, ["minimum_should_match"] = 1 }));
        }
        return all.Count > 0 ? Bool(new JsonObject { ["filter"] = all }) : MatchAll();
    }

    /// <summary>A query on one nested frame among the top <paramref name="top"/>.</summary>
    static JsonObject Framed(int top, JsonObject query) => new()
    {
        ["nested"] = new JsonObject
        {
            ["path"] = ElasticsearchFields.Frames,
            ["query"] = Bool(new JsonObject
            {
                ["filter"] = new JsonArray(
                    new JsonObject
                    {
                        ["range"] = new JsonObject
                        {
                            [$"{ElasticsearchFields.Frames}.{ElasticsearchFields.Position}"] =
                                new JsonObject { ["lt"] = top },
                        },
                    },
                    query),
            }),
        },
    };

    /// <summary>The value with the wildcard characters escaped, so that it matches itself only.</summary>
    static string Wildcard(string value)
    {
        var escaped = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '*' or '?' or '\\')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Every word as a term of <paramref name="field"/>.</summary>
    static JsonObject AllWords(string field, IEnumerable<string> words) =>
        Bool(new JsonObject { ["filter"] = new JsonArray([.. words.Select(w => (JsonNode)Term(field, w))]) });

    public static JsonObject Term(string field, JsonNode value) =>
        new() { ["term"] = new JsonObject { [field] = value } };

    static JsonObject Leaf(string kind, string key, JsonNode value) =>
        new() { [kind] = new JsonObject { [key] = value } };

    public static JsonObject Bool(JsonObject clauses) => new() { ["bool"] = clauses };

    static JsonObject MatchAll() => new() { ["match_all"] = new JsonObject() };

    static JsonObject MatchNone() => new() { ["match_none"] = new JsonObject() };
}
