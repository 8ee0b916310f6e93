namespace CrashSearch.Ingest.Synthetic;

/// <summary>The language of a group of symbols; decides how its code crashes.</summary>
internal enum CodeLanguage
{
    Cpp,
    Rust,
    Java,
}
