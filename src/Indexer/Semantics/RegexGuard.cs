using CrashSearch.Indexer.Queries;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Compiles a user regular expression (Lucene syntax) into an automaton, refusing patterns that are too long,
/// malformed, or that would need too many automaton states to run.
/// Both engines run it: Lucene builds its regex query from the automaton, and Elasticsearch refuses the same
/// patterns before sending them (with the same state limit) and matches frames with it.
/// </summary>
internal static class RegexGuard
{
    public const int MaxLength = 1000;
    public const int MaxStates = 10_000;

    public static Automaton Compile(string field, string pattern)
    {
        if (pattern.Length > MaxLength)
        {
            throw new InvalidQueryException(field,
                $"The regular expression on '{field}' is longer than {MaxLength} characters.");
        }
        try
        {
            // Lucene's parser is the reference for the syntax and its messages; it builds no automaton.
            _ = new RegExp(pattern, RegExpSyntax.ALL);
        }
        catch (ArgumentException e)
        {
            throw new InvalidQueryException(field, $"The regular expression on '{field}' is malformed: {e.Message}");
        }
        return BoundedRegexBuilder.Build(field, pattern, MaxStates);
    }
}
