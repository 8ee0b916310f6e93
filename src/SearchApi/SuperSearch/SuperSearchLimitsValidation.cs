using CrashSearch.Indexer.Queries.SuperSearch;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>Refuses to start with inconsistent <c>SuperSearch</c> limits.</summary>
internal sealed class SuperSearchLimitsValidation : IValidateOptions<SuperSearchLimits>
{
    public ValidateOptionsResult Validate(string? name, SuperSearchLimits options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{SuperSearchServices.Section}: {p}"));
    }
}
