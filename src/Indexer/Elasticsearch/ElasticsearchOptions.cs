using System.ComponentModel.DataAnnotations;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// The <c>Elasticsearch</c> configuration section, read when <c>Index:Backend=Elasticsearch</c>: where the cluster is,
/// how to authenticate, how indices are named and how writes are batched and retried.
/// </summary>
public sealed class ElasticsearchOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Elasticsearch";

    /// <summary>
    /// One or more node URLs, separated by commas or spaces (<c>http://es1:9200,http://es2:9200</c>).
    /// </summary>
    public string? Url { get; set; }

    /// <summary>An API key (the base64 <c>id:key</c> form Elasticsearch prints); excludes basic credentials.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Basic-authentication user; needs <see cref="Password"/>.</summary>
    public string? Username { get; set; }

    /// <summary>Basic-authentication password.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Prefix of every index: weekly indices are <c>{prefix}%Y%W</c> as Socorro names them, read through the alias
    /// <c>{prefix}</c>; the checkpoint lives in <c>{prefix}_meta</c>.
    /// </summary>
    [RegularExpression("^[a-z][a-z0-9_-]{0,60}$", ErrorMessage =
        "Elasticsearch:IndexPrefix must be 1 to 61 lower-case letters, digits, '_' or '-', starting with a letter.")]
    public string IndexPrefix { get; set; } = "socorro";

    /// <summary>Crashes per bulk request.</summary>
    [Range(1, 10_000)]
    public int BulkSize { get; set; } = 500;

    /// <summary>Bulk requests in flight at once for one indexing call.</summary>
    [Range(1, 32)]
    public int BulkConcurrency { get; set; } = 2;

    /// <summary>Retries of a request answered 429 or 5xx (or not answered), with doubling back-off.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off delay; each retry doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one request may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Primary shards of each weekly index.</summary>
    [Range(1, 1024)]
    public int Shards { get; set; } = 1;

    /// <summary>Replicas of each primary shard.</summary>
    [Range(0, 16)]
    public int Replicas { get; set; } = 1;

    /// <summary>The node URLs, parsed.</summary>
    public IReadOnlyList<Uri> Nodes() =>
        [.. (Url ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u))];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var urls = (Url ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (urls.Length == 0)
            yield return new ValidationResult("Elasticsearch:Url is required: one or more node URLs.", [nameof(Url)]);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                yield return new ValidationResult($"Elasticsearch:Url '{url}' is not an http or https URL.",
                    [nameof(Url)]);
        }
        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(
                "Elasticsearch:Username and Elasticsearch:Password go together.", [nameof(Username), nameof(Password)]);
        }
        if (!string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(Username))
        {
            yield return new ValidationResult(
                "Give Elasticsearch:ApiKey or Elasticsearch:Username/Password, not both.", [nameof(ApiKey)]);
        }
    }
}
