using CrashSearch.Indexer.Fields;
using CrashSearch.SearchApi.Queries;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>Registers the GraphQL schema, its limits and error handling.</summary>
internal static class GraphQLServiceCollection
{
    public static IServiceCollection AddCrashSearchGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddCrashQueries();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<CrashSearchSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(CrashSearchSchema).Assembly)
            .AddValidationRule<ComplexityLimits>()
            .AddValidationRule<FieldAuthorizationRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider((errors, provider) =>
            {
                // "codes" lists the exception classes behind an error: an implementation detail.
                errors.ExposeCodes = false;
                errors.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment();
            })
            // GraphQLOptions.Timeout is enforced by the endpoint, over parsing and the document limits as well.
            .AddUnhandledExceptionHandler(UnhandledErrorMasking.MaskAsync));
        return services;
    }
}
