using CrashSearch.Indexer.Fields;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>Registers the GraphQL schema, its limits and error handling.</summary>
internal static class GraphQLServiceCollection
{
    public static IServiceCollection AddCrashSearchGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<CrashSearchSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(CrashSearchSchema).Assembly)
            .AddComplexityAnalyzer(ComplexityLimits.Configure)
            .AddValidationRule<FieldAuthorizationRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider((errors, provider) =>
            {
                // "codes" lists the exception classes behind an error: an implementation detail.
                errors.ExposeCodes = false;
                errors.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment();
            })
            .AddUnhandledExceptionHandler(UnhandledErrorMasking.MaskAsync)
            .ConfigureExecutionOptions(execution =>
                execution.Timeout = execution.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value.Timeout));
        return services;
    }
}
