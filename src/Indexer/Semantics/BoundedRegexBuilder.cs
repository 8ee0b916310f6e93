using System.Globalization;
using CrashSearch.Indexer.Queries;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Builds the automaton of a Lucene-syntax regular expression the way <see cref="RegExp"/> parses it, but
/// without minimising every step: Lucene 4.8 determinises while it builds and has no state limit, so a pattern
/// like <c>(a|b)*a(a|b){25}</c> would take minutes and gigabytes. Here every step is checked against a budget
/// first (automaton sizes, and a bounded subset construction before anything that determinises), and a pattern
/// over budget is an <see cref="InvalidQueryException"/>. The caller has already validated the syntax with
/// <see cref="RegExp"/>, so this parser follows its grammar without re-reporting syntax errors in detail.
/// Used by <see cref="RegexGuard"/>, so for both engines.
/// </summary>
internal sealed class BoundedRegexBuilder
{
    /// <summary>States an intermediate (non-deterministic) automaton may have.</summary>
    const int MaxNfaStates = 50_000;

    readonly string _field;
    readonly string _pattern;
    readonly int _maxStates;
    int _position;

    BoundedRegexBuilder(string field, string pattern, int maxStates)
    {
        _field = field;
        _pattern = pattern;
        _maxStates = maxStates;
    }

    /// <summary>
    /// The automaton of <paramref name="pattern"/>; its deterministic form has at most <paramref name="maxStates"/>
    /// states.
    /// </summary>
    public static Automaton Build(string field, string pattern, int maxStates)
    {
        var builder = new BoundedRegexBuilder(field, pattern, maxStates);
        var automaton = builder.Union();
        if (builder._position != pattern.Length)
            throw builder.Malformed();
        builder.RequireDeterminizable(automaton);
        return automaton;
    }

    Automaton Union()
    {
        var automaton = Intersection();
        while (Match('|'))
            automaton = Checked(BasicOperations.Union(automaton, Intersection()));
        return automaton;
    }

    Automaton Intersection()
    {
        var automaton = Concatenation();
        while (Match('&'))
        {
            var other = Concatenation();
            RequireNfaStates((long)States(automaton) * States(other));
            automaton = Checked(BasicOperations.Intersection(automaton, other));
        }
        return automaton;
    }

    Automaton Concatenation()
    {
        // One part at a time, each step checked: concatenating non-deterministic parts (".*a.*b.*c...") grows the
        // automaton faster than linearly, and one call over every part could run for minutes before any check.
        Automaton? automaton = null;
        while (More() && !Peek(")|&"))
        {
            var part = Repeat();
            automaton = automaton is null ? part : Checked(BasicOperations.Concatenate(automaton, part));
        }
        return automaton ?? BasicAutomata.MakeEmptyString();
    }

    Automaton Repeat()
    {
        var automaton = Complement();
        while (More() && Peek("?*+{"))
        {
            var op = _pattern[_position++];
            automaton = op switch
            {
                '?' => Checked(BasicOperations.Optional(automaton)),
                '*' => Checked(BasicOperations.Repeat(automaton)),
                '+' => Checked(BasicOperations.Repeat(automaton, 1)),
                _ => Bounded(automaton),
            };
        }
        return automaton;
    }

    Automaton Bounded(Automaton automaton)
    {
        var min = Number();
        var max = min;
        var unbounded = false;
        if (Match(','))
        {
            if (More() && char.IsAsciiDigit(_pattern[_position]))
                max = Number();
            else
                unbounded = true;
        }
        if (!Match('}'))
            throw Malformed();
        RequireNfaStates((long)States(automaton) * Math.Max(1, unbounded ? min + 1 : max));
        return Checked(unbounded
            ? BasicOperations.Repeat(automaton, min)
            : BasicOperations.Repeat(automaton, min, max));
    }

    Automaton Complement()
    {
        if (!Match('~'))
            return CharacterClass();
        var operand = Complement();
        RequireDeterminizable(operand);
        return Checked(BasicOperations.Complement(operand));
    }

    Automaton CharacterClass()
    {
        if (!Match('['))
            return Simple();
        var negate = Match('^');
        var automaton = ClassItem();
        while (More() && !Peek("]"))
            automaton = BasicOperations.Union(automaton, ClassItem());
        if (!Match(']'))
            throw Malformed();
        return negate
            ? BasicOperations.Intersection(BasicAutomata.MakeAnyChar(), BasicOperations.Complement(automaton))
            : automaton;
    }

    Automaton ClassItem()
    {
        var from = Character();
        return Match('-') ? BasicAutomata.MakeCharRange(from, Character()) : BasicAutomata.MakeChar(from);
    }

    Automaton Simple()
    {
        if (Match('.'))
            return BasicAutomata.MakeAnyChar();
        if (Match('#'))
            return BasicAutomata.MakeEmpty();
        if (Match('@'))
            return BasicAutomata.MakeAnyString();
        if (Match('"'))
        {
            var end = _pattern.IndexOf('"', _position);
            if (end < 0)
                throw Malformed();
            var text = _pattern[_position..end];
            _position = end + 1;
            return BasicAutomata.MakeString(text);
        }
        if (Match('('))
        {
            if (Match(')'))
                return BasicAutomata.MakeEmptyString();
            var inner = Union();
            if (!Match(')'))
                throw Malformed();
            return inner;
        }
        if (Match('<'))
            return Interval();
        return BasicAutomata.MakeChar(Character());
    }

    /// <summary><c>&lt;n-m&gt;</c>: decimal numbers in a range; named automata are not offered.</summary>
    Automaton Interval()
    {
        var end = _pattern.IndexOf('>', _position);
        var dash = end < 0 ? -1 : _pattern.IndexOf('-', _position, end - _position);
        if (dash < 0)
            throw new InvalidQueryException(_field,
                $"The regular expression on '{_field}' names an automaton; only numeric intervals <n-m> are allowed.");
        var low = _pattern[_position..dash];
        var high = _pattern[(dash + 1)..end];
        _position = end + 1;
        if (!int.TryParse(low, NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(high, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            throw Malformed();
        var digits = low.Length == high.Length ? low.Length : 0;
        return BasicAutomata.MakeInterval(Math.Min(min, max), Math.Max(min, max), digits);
    }

    int Character()
    {
        Match('\\');
        if (!More())
            throw Malformed();
        var codePoint = char.ConvertToUtf32(_pattern, _position);
        _position += char.IsSurrogatePair(_pattern, _position) ? 2 : 1;
        return codePoint;
    }

    int Number()
    {
        var start = _position;
        while (More() && char.IsAsciiDigit(_pattern[_position]))
            _position++;
        var digits = _pattern.AsSpan(start, _position - start);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            throw Malformed();
        return number;
    }

    bool More() => _position < _pattern.Length;

    bool Peek(string characters) => More() && characters.Contains(_pattern[_position], StringComparison.Ordinal);

    bool Match(char c)
    {
        if (!More() || _pattern[_position] != c)
            return false;
        _position++;
        return true;
    }

    Automaton Checked(Automaton automaton)
    {
        RequireNfaStates(States(automaton));
        return automaton;
    }

    static int States(Automaton automaton) => automaton.GetNumberOfStates();

    void RequireNfaStates(long states)
    {
        if (states > MaxNfaStates)
            throw TooComplex();
    }

    void RequireDeterminizable(Automaton automaton)
    {
        if (!DeterminizationBudget.Fits(automaton, _maxStates))
            throw TooComplex();
    }

    InvalidQueryException TooComplex() =>
        new(_field, $"The regular expression on '{_field}' is too complex to run (it needs more than {_maxStates} "
            + "automaton states); simplify it.");

    InvalidQueryException Malformed() =>
        new(_field, $"The regular expression on '{_field}' is malformed near position {_position}.");
}
