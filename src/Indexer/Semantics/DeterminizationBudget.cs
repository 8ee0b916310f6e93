using System.Text;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Whether an automaton's deterministic form stays within a number of states: a subset construction that gives
/// up as soon as it passes the budget, run before anything in Lucene 4.8 determinises without limit.
/// Used by <see cref="BoundedRegexBuilder"/>, so for both engines.
/// </summary>
internal static class DeterminizationBudget
{
    public static bool Fits(Automaton automaton, int maxStates)
    {
        var states = NumberStates(automaton, out var numbers);
        var points = automaton.GetStartPoints();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "0," };
        var queue = new Queue<int[]>();
        queue.Enqueue([0]);
        var next = new SortedSet<int>();
        while (queue.Count > 0)
        {
            var set = queue.Dequeue();
            foreach (var point in points)
            {
                next.Clear();
                foreach (var member in set)
                {
                    foreach (var transition in states[member].GetTransitions())
                    {
                        if (transition.Min <= point && point <= transition.Max)
                            next.Add(numbers[transition.Dest]);
                    }
                }
                if (next.Count == 0 || !seen.Add(Key(next)))
                    continue;
                if (seen.Count > maxStates)
                    return false;
                queue.Enqueue([.. next]);
            }
        }
        return true;
    }

    /// <summary>The reachable states, the initial one first, and each state's number.</summary>
    static List<State> NumberStates(Automaton automaton, out Dictionary<State, int> numbers)
    {
        numbers = [];
        var states = new List<State>();
        var pending = new Stack<State>();
        var initial = automaton.GetInitialState();
        numbers[initial] = 0;
        states.Add(initial);
        pending.Push(initial);
        while (pending.Count > 0)
        {
            foreach (var transition in pending.Pop().GetTransitions())
            {
                if (numbers.TryAdd(transition.Dest, states.Count))
                {
                    states.Add(transition.Dest);
                    pending.Push(transition.Dest);
                }
            }
        }
        return states;
    }

    static string Key(SortedSet<int> set)
    {
        var key = new StringBuilder(set.Count * 4);
        foreach (var member in set)
            key.Append(member).Append(',');
        return key.ToString();
    }
}
