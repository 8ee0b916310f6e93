using System.ComponentModel.DataAnnotations;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Elasticsearch;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest.Hosting;

/// <summary>
/// Checks the <c>Elasticsearch</c> section (its ranges and <see cref="ElasticsearchOptions.Validate"/>) when
/// <c>Index:Backend=Elasticsearch</c>; a Lucene host does not read it.
/// </summary>
internal sealed class ElasticsearchOptionsValidation(IOptions<CrashIndexOptions> index)
    : IValidateOptions<ElasticsearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ElasticsearchOptions options)
    {
        if (index.Value.Backend != CrashIndexBackend.Elasticsearch)
            return ValidateOptionsResult.Success;
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage
            ?? "Elasticsearch options are not valid."));
    }
}
