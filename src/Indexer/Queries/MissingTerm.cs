namespace CrashSearch.Indexer.Queries;

/// <summary>
/// The key of the bucket of crashes without a value of the field (<see cref="TermsAggregation.IncludeMissing"/>):
/// one instance, unlike any value a crash can have.
/// </summary>
public sealed class MissingTerm
{
    /// <summary>The one key of a missing bucket.</summary>
    public static readonly MissingTerm Value = new();

    MissingTerm()
    {
    }

    /// <summary>How the key reads in logs and messages.</summary>
    public override string ToString() => "(missing)";
}
