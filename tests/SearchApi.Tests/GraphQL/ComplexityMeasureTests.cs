using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.Tests.Support;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>
/// Our memoising measure keeps the cost rules of GraphQL.NET's analyzer as the API configured it before (a facet's
/// size multiplies its children), so <c>GraphQL:MaxComplexity</c> and <c>GraphQL:MaxDepth</c> keep their meaning.
/// </summary>
public sealed class ComplexityMeasureTests(SampleApi api) : IClassFixture<SampleApi>
{
    public static TheoryData<string> Documents => new()
    {
        "{ crashes { totalCount } }",
        "{ crashes(first: 1000) { edges { node { uuid signature topmostFilenames } cursor } pageInfo { hasNextPage } } }",
        "{ crashes(first: 0) { edges { node { uuid } } "
            + "facet(field: SIGNATURE, size: 50) { term count facet(field: PRODUCT) { term } } } }",
        "{ crashes { ...A } } fragment A on CrashConnection { edges { ...N } facet(field: SIGNATURE, size: 7) { ...B } } "
            + "fragment N on CrashEdge { node { uuid } } "
            + "fragment B on FacetBucket { term facet(field: PRODUCT, size: 3) { term count } }",
        "{ fields { name } crash(uuid: \"x\") { uuid frames { function } } }",
        "{ __schema { types { name fields { name type { name ofType { name } } } } } crashes { totalCount } }",
        "{ crashes { histogram(field: DATE, interval: \"day\") { count } distinct(field: PRODUCT) "
            + "... on CrashConnection { totalCount edges { node { uuid } } } } }",
        HostileDocuments.FragmentFanOut(8),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_measure_agrees_with_GraphQL_NET_s_analyzer(string document)
    {
        var ours = new MeasuringRule();
        ComplexityValidationContext? theirs = null;
        var analyzer = new ComplexityOptions
        {
            ValidateComplexityDelegate = context =>
            {
                theirs = context;
                return Task.CompletedTask;
            },
        };
        var standard = analyzer.DefaultComplexityImpactDelegate;
        analyzer.DefaultComplexityImpactDelegate = field =>
            field.Arguments?.TryGetValue("size", out var size) == true && size.Value is int buckets
                ? new FieldComplexityResult(1, Math.Max(buckets, 1))
                : standard(field);
        using var scope = api.Services.CreateScope();
        var result = await api.Services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            Schema = api.Services.GetRequiredService<CrashSearchSchema>(),
            RequestServices = scope.ServiceProvider,
            ValidationRules = DocumentValidator.CoreRules.Append(new ComplexityValidationRule(analyzer)).Append(ours),
            CancellationToken = TestContext.Current.CancellationToken,
        });
        Assert.Null(result.Errors);
        Assert.NotNull(theirs);
        Assert.Equal(theirs.TotalImpact, ours.Measured.Complexity);
        Assert.Equal(theirs.MaxDepth, ours.Measured.Depth);
    }

    sealed class MeasuringRule : ValidationRuleBase
    {
        public ComplexityMeasure.Measured Measured { get; private set; }

        public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
        {
            Measured = new ComplexityMeasure(context).Measure(context.Operation);
            return default;
        }
    }
}
