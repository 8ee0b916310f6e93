using System.Text;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Ingest.Tests.Documents;

/// <summary>The conversion rules of every field type, on a catalogue that has one field of each.</summary>
public sealed class FieldTypeRulesTests
{
    static readonly FieldCatalogue Catalogue = FieldCatalogue.Parse("""
        {
          "fields": [
            { "name": "uuid", "type": "keyword", "source": "uuid" },
            { "name": "date", "type": "date", "source": "date_processed" },
            { "name": "word", "type": "keyword", "source": "word" },
            { "name": "prose", "type": "text", "source": "prose" },
            { "name": "small", "type": "integer", "source": "a.b.small" },
            { "name": "big", "type": "long", "source": "big" },
            { "name": "ratio", "type": "double", "source": "ratio" },
            { "name": "flag", "type": "boolean", "source": "flag" },
            { "name": "when", "type": "date", "source": "when" },
            { "name": "tags", "type": "keyword", "source": "tags", "multiValued": true, "sortable": false, "separator": ";" },
            { "name": "list", "type": "keyword", "source": "list", "multiValued": true, "sortable": false },
            { "name": "function", "type": "text", "source": "@frames.function", "multiValued": true, "sortable": false, "analyzer": "symbol" },
            { "name": "pin", "type": "integer", "source": "pin", "protected": true }
          ]
        }
        """);

    static readonly CrashDocumentBuilder Builder = new(Catalogue);

    static IReadOnlyList<object>? Read(string field, string json)
    {
        var crash = new JsonObject { ["uuid"] = "u1", ["date_processed"] = "2026-11-20T00:00:00Z" };
        var node = crash;
        var path = Catalogue[field].Source.Split('.');
        foreach (var part in path[..^1])
        {
            var child = new JsonObject();
            node[part] = child;
            node = child;
        }
        node[path[^1]] = JsonNode.Parse(json);
        var document = Builder.Build(Encoding.UTF8.GetBytes(crash.ToJsonString()));
        return document.Values.GetValueOrDefault(field);
    }

    static string Refused(string field, string json) => Assert.Throws<InvalidCrashException>(() => Read(field, json)).Message;

    [Theory]
    [InlineData("word", "\"Firefox\"", "Firefox")]
    [InlineData("prose", "\"two words\"", "two words")]
    [InlineData("word", "42", "42")]
    [InlineData("word", "1.5e3", "1.5e3")]
    [InlineData("word", "-7", "-7")]
    public void String_fields_take_strings_and_the_invariant_text_of_numbers(string field, string json, string expected) =>
        Assert.Equal([expected], Read(field, json));

    [Theory]
    [InlineData("true", "boolean true")]
    [InlineData("{}", "an object")]
    [InlineData("[\"a\"]", "an array")]
    public void String_fields_refuse_other_values(string json, string described) =>
        Assert.Equal($"field 'word' (word): expected a string, got {described}", Refused("word", json));

    [Theory]
    [InlineData("word")]
    [InlineData("small")]
    [InlineData("flag")]
    [InlineData("when")]
    public void Empty_strings_and_nulls_are_absent(string field)
    {
        Assert.Null(Read(field, "\"\""));
        Assert.Null(Read(field, "null"));
    }

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("-3", -3L)]
    [InlineData("\"12\"", 12L)]
    [InlineData("\"-2147483648\"", -2147483648L)]
    [InlineData("2147483647", 2147483647L)]
    public void Integer_fields_take_integers_and_integer_strings(string json, long expected) =>
        Assert.Equal([expected], Read("small", json));

    [Theory]
    [InlineData("\"abc\"", "expected an integer, got string \"abc\"")]
    [InlineData("1.5", "expected an integer, got number 1.5")]
    [InlineData("\"1.5\"", "expected an integer, got string \"1.5\"")]
    [InlineData("true", "expected an integer, got boolean true")]
    [InlineData("2147483648", "expected an integer from -2147483648 to 2147483647, got number 2147483648")]
    [InlineData("\"-2147483649\"", "expected an integer from -2147483648 to 2147483647, got string \"-2147483649\"")]
    public void Integer_fields_refuse_what_is_not_a_32_bit_integer(string json, string message) =>
        Assert.Equal($"field 'small' (a.b.small): {message}", Refused("small", json));

    [Theory]
    [InlineData("\"20261101123456\"", 20261101123456L)]
    [InlineData("20261101123456", 20261101123456L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Long_fields_take_64_bit_integers_and_digit_strings(string json, long expected) =>
        Assert.Equal([expected], Read("big", json));

    [Theory]
    [InlineData("9223372036854775808", "number 9223372036854775808")]
    [InlineData("\"2026-11-01\"", "string \"2026-11-01\"")]
    public void Long_fields_refuse_what_is_not_a_64_bit_integer(string json, string described) =>
        Assert.Equal($"field 'big' (big): expected an integer, got {described}", Refused("big", json));

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("3", 3.0)]
    [InlineData("\"2.5\"", 2.5)]
    [InlineData("\"-1e3\"", -1000.0)]
    public void Double_fields_take_numbers_and_numeric_strings(string json, double expected) =>
        Assert.Equal([expected], Read("ratio", json));

    [Theory]
    [InlineData("\"NaN\"", "string \"NaN\"")]
    [InlineData("\"Infinity\"", "string \"Infinity\"")]
    [InlineData("1e400", "number 1e400")]
    [InlineData("false", "boolean false")]
    public void Double_fields_refuse_what_is_not_a_finite_number(string json, string described) =>
        Assert.Equal($"field 'ratio' (ratio): expected a number, got {described}", Refused("ratio", json));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("\"False\"", false)]
    public void Boolean_fields_take_booleans_ones_and_zeros_in_any_spelling(string json, bool expected) =>
        Assert.Equal([expected], Read("flag", json));

    [Theory]
    [InlineData("2", "number 2")]
    [InlineData("\"yes\"", "string \"yes\"")]
    [InlineData("\"10\"", "string \"10\"")]
    public void Boolean_fields_refuse_anything_else(string json, string described) =>
        Assert.Equal($"field 'flag' (flag): expected a boolean, got {described}", Refused("flag", json));

    [Fact]
    public void Date_fields_take_ISO_strings_as_UTC()
    {
        Assert.Equal([new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero)], Read("when", "\"2026-11-20 14:00:00+01:00\""));
        Assert.Equal("field 'when' (when): expected an ISO-8601 date, got number 1700000000", Refused("when", "1700000000"));
    }

    [Fact]
    public void Nested_sources_are_read_through_objects_and_missing_parents_mean_absent()
    {
        Assert.Equal([5L], Read("small", "5"));
        var crash = Encoding.UTF8.GetBytes("""{"uuid":"u1","date_processed":"2026-11-20","a":{"c":1}}""");
        Assert.False(Builder.Build(crash).Values.ContainsKey("small"));
        crash = Encoding.UTF8.GetBytes("""{"uuid":"u1","date_processed":"2026-11-20","a":null}""");
        Assert.False(Builder.Build(crash).Values.ContainsKey("small"));
    }

    [Fact]
    public void A_nested_source_through_a_non_object_is_refused()
    {
        var crash = Encoding.UTF8.GetBytes("""{"uuid":"u1","date_processed":"2026-11-20","a":{"b":"text"}}""");
        Assert.Equal("field 'small' (a.b.small): expected an object at 'a.b', got string \"text\"",
            Assert.Throws<InvalidCrashException>(() => Builder.Build(crash)).Message);
    }

    [Fact]
    public void A_repeated_property_counts_by_its_last_occurrence()
    {
        Assert.Equal(["second"], Values("""{"word":"first","word":"second"}""", "word"));
        Assert.Null(Values("""{"a":{"b":{"small":1}},"a":null}""", "small"));
        Assert.Equal([2L], Values("""{"a":5,"a":{"b":{"small":2}}}""", "small"));
    }

    [Fact]
    public void An_escaped_property_name_is_read_as_the_name_it_spells() =>
        Assert.Equal(["x"], Values("""{"w\u006frd":"x"}""", "word"));

    [Fact]
    public void Of_two_faulty_fields_the_first_in_the_catalogue_is_named_whatever_the_order_in_the_crash()
    {
        var crash = Encoding.UTF8.GetBytes(
            """{"uuid":"u1","date_processed":"2026-11-20","big":"many","a":{"b":"text"}}""");
        Assert.StartsWith("field 'small' (a.b.small): expected an object at 'a.b'",
            Assert.Throws<InvalidCrashException>(() => Builder.Build(crash)).Message, StringComparison.Ordinal);
    }

    /// <summary>The values of <paramref name="field"/> in a crash with <paramref name="properties"/> added.</summary>
    static IReadOnlyList<object>? Values(string properties, string field)
    {
        var json = """{"uuid":"u1","date_processed":"2026-11-20",""" + properties[1..];
        return Builder.Build(Encoding.UTF8.GetBytes(json)).Values.GetValueOrDefault(field);
    }

    [Fact]
    public void Separated_strings_are_split_trimmed_and_stripped_of_empty_parts() =>
        Assert.Equal(["xul.dll", "ntdll.dll", "mozglue.dll"], Read("tags", "\" xul.dll;ntdll.dll ;; mozglue.dll;\""));

    [Fact]
    public void A_separated_string_with_nothing_in_it_is_absent() => Assert.Null(Read("tags", "\" ; ;\""));

    [Fact]
    public void Multi_valued_fields_take_arrays_skipping_nulls_and_empty_strings() =>
        Assert.Equal(["a:1", "b:2", "3"], Read("list", "[\"a:1\", null, \"\", \"b:2\", 3]"));

    [Fact]
    public void A_multi_valued_field_without_separator_keeps_a_string_whole() =>
        Assert.Equal(["a;b"], Read("list", "\"a;b\""));

    [Fact]
    public void Multi_valued_fields_refuse_nested_arrays_and_objects()
    {
        Assert.Equal("field 'list' (list): expected a list of strings, got an array", Refused("list", "[[\"a\"]]"));
        Assert.Equal("field 'list' (list): expected a list of strings, got an object", Refused("list", "{\"a\": 1}"));
        Assert.Null(Read("list", "[]"));
    }

    [Fact]
    public void A_single_valued_field_refuses_an_array() =>
        Assert.Equal("field 'small' (a.b.small): expected an integer, got an array", Refused("small", "[1]"));

    [Fact]
    public void Long_strings_are_shortened_in_reasons()
    {
        var message = Refused("small", "\"" + new string('x', 500) + "\"");
        Assert.Contains("... (500 characters)", message, StringComparison.Ordinal);
        Assert.True(message.Length < 200);
    }

    [Fact]
    public void The_reason_for_a_protected_field_of_the_wrong_type_never_repeats_its_value()
    {
        var reason = Refused("pin", "\"hunter2\"");
        Assert.Equal("field 'pin' (pin): expected an integer, got a string", reason);
    }
}
