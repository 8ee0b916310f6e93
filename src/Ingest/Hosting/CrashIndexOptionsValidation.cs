using CrashSearch.Indexer;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest.Hosting;

/// <summary>Checks what the engine chosen by <c>Index:Backend</c> needs, beyond the ranges of the options.</summary>
internal sealed class CrashIndexOptionsValidation : IValidateOptions<CrashIndexOptions>
{
    public ValidateOptionsResult Validate(string? name, CrashIndexOptions options) => options.Backend switch
    {
        CrashIndexBackend.Lucene when string.IsNullOrWhiteSpace(options.Path) =>
            ValidateOptionsResult.Fail("No index directory: give --index DIR (or set Index:Path)."),
        CrashIndexBackend.Lucene => ValidateOptionsResult.Success,
        CrashIndexBackend.Elasticsearch => ValidateOptionsResult.Success,
        _ => ValidateOptionsResult.Fail(
            $"Index:Backend={options.Backend} is not a known engine; use Lucene or Elasticsearch."),
    };
}
