using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SuperSearch;
using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

/// <summary>A basis question (a saved search's) that the request parameters narrow.</summary>
public sealed class SuperSearchBasisTests
{
    static readonly SuperSearchParser Parser = new(new CrashQueryBuilder(FieldCatalogue.Default, new SearchLimits()));

    static readonly CrashQuestion Basis = new()
    {
        Search = ["signature:~OOM"],
        Filters = [new FieldPredicate("product", PredicateOperator.Exact, "Firefox")],
        From = Now.AddDays(-2),
        To = Now,
    };

    [Fact]
    public void The_basis_is_anded_with_the_parameters_as_if_they_had_been_given_together()
    {
        var narrowed = Parser.Parse(Pairs("platform=Linux"), canReadProtected: false, Now, Basis);
        var together = Parse($"_query=signature:~OOM&product==Firefox&platform=Linux&date=>={Now.AddDays(-2):O}");
        Assert.Equal(QueryNodeText.Format(together.Query.Filter), QueryNodeText.Format(narrowed.Query.Filter));
        Assert.Equal((together.Query.From, together.Query.To), (narrowed.Query.From, narrowed.Query.To));
    }

    [Fact]
    public void Date_parameters_only_narrow_the_basis_window()
    {
        var inside = Parser.Parse(Pairs($"date=>={Now.AddHours(-3):O}"), false, Now, Basis);
        Assert.Equal(Now.AddHours(-3), inside.Query.From);
        var wider = Parser.Parse(Pairs($"date=>={Now.AddDays(-5):O}"), false, Now, Basis);
        Assert.Equal(Now.AddDays(-2), wider.Query.From);
    }

    [Fact]
    public void A_protected_filter_of_the_basis_is_withheld_from_a_caller_without_the_right()
    {
        var basis = Basis with { Filters = [new FieldPredicate("url", PredicateOperator.Contains, "secret")] };
        var parsed = Parser.Parse(Pairs(""), canReadProtected: false, Now, basis);
        Assert.DoesNotContain("url", QueryNodeText.Format(parsed.Query.Filter), StringComparison.Ordinal);
        Assert.Contains("field 'url' requires the read-protected permission and was ignored in filter", parsed.Errors);
    }
}
