namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>The <c>SuperSearch</c> section: how <c>/api/SuperSearch</c> treats what it does not know.</summary>
internal sealed class SuperSearchOptions
{
    public const string Section = "SuperSearch";

    /// <summary>
    /// Refuse (400) parameters that are neither a field nor an option, instead of ignoring them and naming them in
    /// <c>errors</c> as Socorro does; a request's <c>_strict=true</c> or <c>_strict=false</c> overrides it.
    /// </summary>
    public bool Strict { get; set; }
}
