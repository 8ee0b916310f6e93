using System.Text.Json.Nodes;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Elasticsearch.ElasticsearchTestIndex;

namespace CrashSearch.Indexer.Tests.Elasticsearch;

/// <summary>
/// The exact search requests the Elasticsearch backend sends for <see cref="CrashQuery"/>s (checked against the
/// Elasticsearch query DSL and aggregation reference: bool/filter/must_not/should, term, prefix, wildcard, regexp,
/// range, exists, nested, terms with a compound order, date_histogram calendar and fixed intervals, histogram,
/// cardinality with precision_threshold, missing, stats, percentiles with percents and keyed, sort with missing,
/// search_after, track_total_hits).
/// </summary>
public sealed class ElasticsearchRequestTests
{
    static CrashQuery Query(QueryNode? filter = null) => new()
    {
        Filter = filter,
        From = Now.AddDays(-7),
        To = Now,
        Size = 50,
    };

    static string Body(CrashQuery query)
    {
        using var index = Open();
        return index.BuildSearch(query).Body.ToJsonString();
    }

    const string Window = """{"range":{"date":{"gte":"2026-11-13T12:00:00.000Z","lt":"2026-11-20T12:00:00.000Z"}}}""";

    const string DefaultSort = """[{"date":{"order":"desc","missing":"_last"}},{"uuid":{"order":"asc"}}]""";

    const string DefaultSource = """
        {"includes":["uuid","@whole.uuid","date","@whole.date","signature","@whole.signature","product","@whole.product",
                     "version","@whole.version"]}
        """;

    static string Search(string filters, string? extra = null) =>
        Fill("""{"size":50,"track_total_hits":true,"query":{"bool":{"filter":[<Window>""") + filters
        + Fill("""]}},"sort":<DefaultSort>,"_source":<DefaultSource>""") + extra + "}";

    /// <summary>The expected body with the common parts (window, default sort and columns) put in.</summary>
    static string Fill(string template) => template
        .Replace("<Window>", Window, StringComparison.Ordinal)
        .Replace("<DefaultSort>", DefaultSort, StringComparison.Ordinal)
        .Replace("<DefaultSource>", DefaultSource, StringComparison.Ordinal);

    [Fact]
    public void A_query_without_filter_searches_the_weeks_of_its_window_newest_first()
    {
        using var index = Open();
        var search = index.BuildSearch(Query());
        Assert.Equal("socorro202645,socorro202646", search.Indices);
        AssertJson(Search(""), search.Body.ToJsonString());
    }

    [Fact]
    public void A_word_match_on_a_text_field_asks_for_every_analysed_word()
    {
        var body = Body(Query(new FieldPredicate("signature", PredicateOperator.Match, "OOM | small")));
        AssertJson(Search(""",{"bool":{"filter":[{"term":{"@words.signature":"oom"}},{"term":{"@words.signature":"small"}}]}}"""), body);
    }

    [Fact]
    public void Whole_value_operators_use_the_field_itself_with_wildcards_escaped()
    {
        var body = Body(Query(new AllOf([
            new FieldPredicate("signature", PredicateOperator.Exact, "OOM | small"),
            new FieldPredicate("product", PredicateOperator.StartsWith, "Fire"),
            new FieldPredicate("reason", PredicateOperator.Contains, "a*b?"),
            new FieldPredicate("version", PredicateOperator.EndsWith, "b1"),
            new FieldPredicate("platform", PredicateOperator.Regex, "Win.*"),
        ])));
        AssertJson(Search("""
            ,{"bool":{"filter":[
              {"term":{"signature":"OOM | small"}},
              {"prefix":{"product":"Fire"}},
              {"wildcard":{"reason":"*a\\*b\\?*"}},
              {"wildcard":{"version":"*b1"}},
              {"regexp":{"platform":{"value":"Win.*","flags":"ALL","max_determinized_states":10000}}}]}}
            """), body);
    }

    [Fact]
    public void A_frame_predicate_limited_to_the_top_frames_is_a_nested_query_on_the_frame_position()
    {
        var body = Body(Query(new AllOf([
            new FieldPredicate("function", PredicateOperator.Exact, "js::GCMarker::markDelayedChildren", MaxFrame: 3),
            new FieldPredicate("module", PredicateOperator.Match, "xul", MaxFrame: 1),
        ])));
        AssertJson(Fill("""
            {"size":50,"track_total_hits":true,"query":{"bool":{"filter":[<Window>,
              {"bool":{"filter":[
                {"nested":{"path":"@frames","query":{"bool":{"filter":[
                  {"range":{"@frames.i":{"lt":3}}},
                  {"term":{"@frames.function":"js::GCMarker::markDelayedChildren"}}]}}}},
                {"bool":{"filter":[
                  {"nested":{"path":"@frames","query":{"bool":{"filter":[
                    {"range":{"@frames.i":{"lt":1}}},
                    {"term":{"@frames.@words.module":"xul"}}]}}}}]}}]}}]}},
             "sort":<DefaultSort>,
             "_source":{"includes":["uuid","@whole.uuid","date","@whole.date","signature","@whole.signature",
                                    "product","@whole.product","version","@whole.version","@frames","@whole.@frames"]}}
            """), body);
    }

    [Fact]
    public void Negations_alternatives_ranges_and_existence_combine_as_bool_clauses()
    {
        var body = Body(Query(new AllOf([
            new AnyOf([
                new FieldPredicate("cpu_count", PredicateOperator.GreaterOrEqual, 4L),
                new FieldPredicate("uptime", PredicateOperator.LessThan, 60L),
            ]),
            new Not(new FieldPredicate("startup_crash", PredicateOperator.IsTrue, null)),
            new FieldPredicate("address", PredicateOperator.Exists, null),
            new FieldPredicate("build_id", PredicateOperator.Match, 20261101000000L),
        ])));
        AssertJson(Search("""
            ,{"bool":{
              "filter":[
                {"bool":{"should":[{"range":{"cpu_count":{"gte":4}}},{"range":{"uptime":{"lt":60}}}],"minimum_should_match":1}},
                {"exists":{"field":"address"}},
                {"term":{"build_id":20261101000000}}],
              "must_not":[{"term":{"startup_crash":true}}]}}
            """), body);
    }

    [Fact]
    public void An_empty_alternative_matches_nothing_since_a_bool_query_without_clauses_matches_everything()
    {
        var body = Body(Query(new AllOf([new AnyOf([]), new FieldPredicate("product", PredicateOperator.Match,
            "Firefox")])));
        AssertJson(Search(""",{"bool":{"filter":[{"match_none":{}},{"bool":{"filter":[{"term":{"@words.product":"firefox"}}]}}]}}"""), body);
    }

    [Fact]
    public void Free_text_needs_each_word_in_one_of_the_default_fields_the_caller_may_read()
    {
        var body = Body(Query(new FreeText("nsThread")));
        // The symbol analyser also splits "nsThread" at its case change, as on Lucene: all three words are needed.
        var words = string.Join(",", new[] { "signature", "proto_signature", "reason", "moz_crash_reason",
            "abort_message",
            "function", "module", "source_file", "app_notes", "processor_notes" }
            .Select(f => f is "function" or "module" or "source_file"
                ? "{\"bool\":{\"filter\":[" + string.Join(",", new[] { "nsthread", "ns", "thread" }
                    .Select(w => "{\"term\":{\"@words." + f + "\":\"" + w + "\"}}")) + "]}}"
                : "{\"term\":{\"@words." + f + "\":\"nsthread\"}}"));
        AssertJson(Search(""",{"bool":{"filter":[{"bool":{"should":[""" + words + """],"minimum_should_match":1}}]}}"""), body);
    }

    [Fact]
    public void Aggregations_are_named_by_position_with_terms_ordered_by_count_then_term()
    {
        var body = Body(Query() with
        {
            Size = 0,
            Aggregations =
            [
                new TermsAggregation("product", "product", 10, [new TermsAggregation("version", "version", 5, [])]),
                new HistogramAggregation("histogram_date", "date", new HistogramInterval { Unit = CalendarUnit.Day },
                    [new CardinalityAggregation("cardinality_install_time", "install_time")]),
                new HistogramAggregation("histogram_uptime", "uptime", new HistogramInterval { Width = 60 }, []),
                new HistogramAggregation("histogram_6h", "date",
                    new HistogramInterval { Span = TimeSpan.FromHours(6) }, []),
            ],
        });
        AssertJson(Fill("""
            {"size":0,"track_total_hits":true,"query":{"bool":{"filter":[<Window>]}},"sort":<DefaultSort>,
             "_source":<DefaultSource>,
             "aggs":{
               "a0":{"terms":{"field":"product","size":10,"order":[{"_count":"desc"},{"_key":"asc"}]},
                     "aggs":{"a0":{"terms":{"field":"version","size":5,"order":[{"_count":"desc"},{"_key":"asc"}]}}}},
               "a1":{"date_histogram":{"field":"date","calendar_interval":"day","min_doc_count":1},
                     "aggs":{"a0":{"cardinality":{"field":"install_time","precision_threshold":40000}}}},
               "a2":{"histogram":{"field":"uptime","interval":60,"min_doc_count":1}},
               "a3":{"date_histogram":{"field":"date","fixed_interval":"21600000ms","min_doc_count":1}}}}
            """), body);
    }

    [Fact]
    public void A_missing_bucket_is_a_sibling_missing_aggregation_with_the_same_children_at_each_level()
    {
        var installs = new CardinalityAggregation("installs", "install_time");
        var body = Body(Query() with
        {
            Size = 0,
            Aggregations =
            [
                new TermsAggregation("platform", "platform", 3, []) { IncludeMissing = true },
                new TermsAggregation("product", "product", 10,
                    [new TermsAggregation("version", "version", 5, [installs]) { IncludeMissing = true }]),
            ],
        });
        AssertJson(Fill("""
            {"size":0,"track_total_hits":true,"query":{"bool":{"filter":[<Window>]}},"sort":<DefaultSort>,
             "_source":<DefaultSource>,
             "aggs":{
               "a0":{"terms":{"field":"platform","size":3,"order":[{"_count":"desc"},{"_key":"asc"}]}},
               "a0m":{"missing":{"field":"platform"}},
               "a1":{"terms":{"field":"product","size":10,"order":[{"_count":"desc"},{"_key":"asc"}]},
                     "aggs":{
                       "a0":{"terms":{"field":"version","size":5,"order":[{"_count":"desc"},{"_key":"asc"}]},
                             "aggs":{"a0":{"cardinality":{"field":"install_time","precision_threshold":40000}}}},
                       "a0m":{"missing":{"field":"version"},
                              "aggs":{"a0":{"cardinality":{"field":"install_time","precision_threshold":40000}}}}}}}}
            """), body);
    }

    [Fact]
    public void Number_statistics_are_a_stats_aggregation_with_a_sibling_percentiles_one_only_when_asked()
    {
        var body = Body(Query() with
        {
            Size = 0,
            Aggregations =
            [
                new NumberStatsAggregation("uptime", "uptime", [50, 95, 99.9]),
                new TermsAggregation("product", "product", 2,
                    [new NumberStatsAggregation("memory", "memory_resident", [])]),
            ],
        });
        AssertJson(Fill("""
            {"size":0,"track_total_hits":true,"query":{"bool":{"filter":[<Window>]}},"sort":<DefaultSort>,
             "_source":<DefaultSource>,
             "aggs":{
               "a0":{"stats":{"field":"uptime"}},
               "a0p":{"percentiles":{"field":"uptime","percents":[50,95,99.9],"keyed":false}},
               "a1":{"terms":{"field":"product","size":2,"order":[{"_count":"desc"},{"_key":"asc"}]},
                     "aggs":{"a0":{"stats":{"field":"memory_resident"}}}}}}
            """), body);
    }

    [Fact]
    public void Number_statistics_on_a_field_that_is_not_a_number_or_with_a_bad_percentile_are_refused_first()
    {
        using var index = Open();
        var text = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(Query() with
        {
            Aggregations = [new TermsAggregation("product", "product", 2,
                [new NumberStatsAggregation("s", "signature", [])])],
        }));
        Assert.Equal("signature", text.Parameter);
        Assert.Equal("A number-statistics aggregation needs a number field; 'signature' is text.", text.Message);
        var date = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(Query() with
        {
            Aggregations = [new NumberStatsAggregation("d", "date", [])],
        }));
        Assert.Equal("A number-statistics aggregation needs a number field; 'date' is date.", date.Message);
        var percent = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(Query() with
        {
            Aggregations = [new NumberStatsAggregation("u", "uptime", [50, 101])],
        }));
        Assert.Equal("The percentiles of 'uptime' must be from 0 to 100.", percent.Message);
        var hidden = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(Query() with
        {
            Aggregations = [new NumberStatsAggregation("e", "email", [])],
        }));
        Assert.Equal("Field 'email' is protected; the caller may not aggregate on it.", hidden.Message);
    }

    [Fact]
    public void An_aggregation_type_the_backend_does_not_know_is_refused_even_under_a_bucket()
    {
        using var index = Open();
        var error = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(Query() with
        {
            Aggregations = [new HistogramAggregation("h", "uptime", new HistogramInterval { Width = 60 },
                [new UnknownAggregation("x", "product")])],
        }));
        Assert.Equal("Unsupported aggregation UnknownAggregation.", error.Message);
    }

    /// <summary>An aggregation no backend translates.</summary>
    sealed record UnknownAggregation(string Name, string Field) : Aggregation(Name, Field);

    [Fact]
    public void A_cursor_becomes_search_after_with_the_uuid_as_the_last_value()
    {
        var body = Body(Query() with
        {
            Sort = [new SortField("signature", false), new SortField("uptime", true)],
            After = new SearchCursor(["OOM | small", "120"], "0bba61c5-a3cc-4b4e-9d07-5e4e4ffd8a01"),
            Offset = 100,
        });
        AssertJson(Fill("""
            {"size":50,"track_total_hits":true,"query":{"bool":{"filter":[<Window>]}},
             "sort":[{"signature":{"order":"asc","missing":"_last"}},{"uptime":{"order":"desc","missing":"_last"}},
                     {"uuid":{"order":"asc"}}],
             "_source":<DefaultSource>,
             "search_after":["OOM | small",120,"0bba61c5-a3cc-4b4e-9d07-5e4e4ffd8a01"]}
            """), body);
    }

    [Fact]
    public void A_query_on_crashes_indexed_in_a_range_searches_the_alias_on_the_indexing_stamp()
    {
        using var index = Open();
        var search = index.BuildSearch(new CrashQuery
        {
            From = DateTimeOffset.MinValue,
            To = DateTimeOffset.MaxValue,
            Indexed = new IndexedRange(Now.AddHours(-1), Now),
            Size = 0,
        });
        Assert.Equal("socorro", search.Indices);
        AssertJson(Fill("""
            {"size":0,"track_total_hits":true,
             "query":{"bool":{"filter":[{"range":{"@indexed":{"gt":"2026-11-20T11:00:00.000Z","lte":"2026-11-20T12:00:00.000Z"}}}]}},
             "sort":<DefaultSort>,"_source":<DefaultSource>}
            """), search.Body.ToJsonString());
    }

    [Fact]
    public void A_window_reaching_past_retention_is_cut_and_the_weeks_left_out_are_reported()
    {
        using var index = Open();
        var search = index.BuildSearch(Query() with { From = Now.AddDays(-400) });
        // The oldest week kept is ISO week 22, which Socorro's %W numbers 21 in 2026.
        Assert.StartsWith("socorro202621,", search.Indices, StringComparison.Ordinal);
        Assert.Equal(["weeks 2025-W42 to 2026-W21 are outside the 26-week retention and were not searched"],
            search.Errors);
    }

    [Fact]
    public void Faults_are_refused_before_any_request_with_the_messages_of_the_lucene_backend()
    {
        using var index = Open();
        var regex = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(
            Query(new FieldPredicate("signature", PredicateOperator.Regex, "(unclosed"))));
        Assert.StartsWith("The regular expression on 'signature' is malformed", regex.Message,
            StringComparison.Ordinal);
        var hidden = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(
            Query(new FieldPredicate("email", PredicateOperator.Exact, "a@example.com"))));
        Assert.Equal("Field 'email' is protected; the caller may not search it.", hidden.Message);
        var top = Assert.Throws<InvalidQueryException>(() => index.BuildSearch(
            Query(new FieldPredicate("signature", PredicateOperator.Exact, "x", MaxFrame: 2))));
        Assert.Equal("Field 'signature' is not a stack-frame field, so it cannot be limited to the top frames.",
            top.Message);
        var sort = Assert.Throws<InvalidQueryException>(()
            => index.BuildSearch(Query() with { Sort = [new SortField("addons", false)] }));
        Assert.Equal("Field 'addons' is not sortable.", sort.Message);
    }

    [Fact]
    public void Every_body_reads_back_unchanged_through_the_clients_typed_search_request()
    {
        using var index = Open();
        var body = index.BuildSearch(Query(new AllOf([
            new FieldPredicate("function", PredicateOperator.Exact, "f", MaxFrame: 3),
            new Not(new FieldPredicate("platform", PredicateOperator.Regex, "Win.*")),
            new AnyOf([new FieldPredicate("uptime", PredicateOperator.LessThan, 60L), new FreeText("nsThread")]),
        ])) with
        {
            Aggregations =
            [
                new TermsAggregation("product", "product", 10, [new CardinalityAggregation("c", "install_time")])
                {
                    IncludeMissing = true,
                },
                new NumberStatsAggregation("uptime", "uptime", [50, 99.9]),
            ],
            After = new SearchCursor(["1763640000000"], "u"),
        }).Body.ToJsonString();
        var serializer = index.Client.RequestResponseSerializer;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        var typed = serializer.Deserialize<Elastic.Clients.Elasticsearch.SearchRequest>(stream);
        // The client writes its canonical forms; nothing may be lost or changed on the way.
        AssertJson(Canonical(JsonNode.Parse(body))!.ToJsonString(),
            Elastic.Transport.Extensions.TransportSerializerExtensions.SerializeToString(serializer, typed));
    }

    /// <summary>
    /// The body in the client's canonical forms: <c>aggs</c> spelt <c>aggregations</c>, a term's value as
    /// <c>{"value": v}</c>, and a bool clause of one query as that query rather than a list.
    /// </summary>
    static JsonNode? Canonical(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var name = key == "aggs" ? "aggregations" : key;
                    if (key == "term" && value is JsonObject term)
                    {
                        var (field, operand) = term.Single();
                        result[name] = new JsonObject { [field] = new JsonObject { ["value"] = operand?.DeepClone() } };
                    }
                    else if (key is "filter" or "must_not" or "should" && value is JsonArray { Count: 1 } single)
                    {
                        result[name] = Canonical(single[0]);
                    }
                    else
                    {
                        result[name] = Canonical(value);
                    }
                }
                return result;
            case JsonArray array:
                return new JsonArray([.. array.Select(Canonical)]);
            default:
                return node?.DeepClone();
        }
    }
}
