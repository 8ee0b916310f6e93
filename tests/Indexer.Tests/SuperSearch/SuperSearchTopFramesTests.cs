using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

/// <summary>The <c>[N]</c> suffix on stack-frame parameters: "within the top N frames".</summary>
public sealed class SuperSearchTopFramesTests
{
    [Theory]
    [InlineData("function[5]=js::gc::Sweep", "Match(function, \"js::gc::Sweep\", top 5)")]
    [InlineData("module[2]=^xul", "StartsWith(module, \"xul\", top 2)")]
    [InlineData("source_file[1]=@.*\\.cpp", "Regex(source_file, \".*\\\\.cpp\", top 1)")]
    [InlineData("function[3]=!__null__", "Exists(function, top 3)")]
    [InlineData("function[3]=__null__", "NOT(Exists(function, top 3))")]
    [InlineData("function[5]=~Sweep&function[5]=~GetAttr", "OR(Contains(function, \"GetAttr\", top 5), Contains(function, \"Sweep\", top 5))")]
    [InlineData("function[5]=!~Sweep", "NOT(Contains(function, \"Sweep\", top 5))")]
    public void A_stack_frame_field_with_a_suffix_tests_only_the_top_frames(string query, string expected)
    {
        Assert.StartsWith(expected, Filter(query), StringComparison.Ordinal);
    }

    [Fact]
    public void The_suffixed_and_plain_forms_of_one_field_are_anded()
    {
        Assert.StartsWith("Contains(function, \"Sweep\", top 1), Contains(function, \"GetAttr\")",
            Filter("function[1]=~Sweep&function=~GetAttr")[4..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signature[5]=OOM", "signature[5]")]
    [InlineData("date[2]=>2026-11-19", "date[2]")]
    [InlineData("function[0]=Sweep", "function[0]")]
    [InlineData("function[99999999999]=Sweep", "function[99999999999]")]
    [InlineData("function[5]=>3", "function[5]")]
    [InlineData("function[5]=^", "function[5]")]
    public void A_suffix_elsewhere_or_a_bad_count_or_value_is_an_error_naming_the_parameter(string query, string parameter)
    {
        Rejects(query, parameter);
    }

    [Fact]
    public void An_unknown_field_with_a_suffix_is_an_ignored_unknown_parameter()
    {
        var parsed = Parse("nosuchfield[3]=x");
        Assert.Contains("unknown parameter 'nosuchfield[3]' was ignored", parsed.Errors);
    }
}
