using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// The <c>date</c> parameter: its values only bound the time window, so each must be a range (<c>date=&gt;=X</c>);
/// <see cref="CrashQueryBuilder"/> turns the bounds into the window.
/// </summary>
internal static class DateParameter
{
    public static List<FieldPredicate> Read(
        FieldDefinition dateField, IReadOnlyList<string> values, SearchLimits limits, ICollection<string> errors)
    {
        var name = dateField.Name;
        var ranges = new List<FieldPredicate>(values.Count);
        foreach (var text in values)
        {
            if (text.Length == 0)
            {
                errors.Add(QueryErrors.EmptyValue(name));
                continue;
            }
            var value = FilterValue.Parse(text, name);
            if (!value.Operator.IsRange() || value.Negated)
            {
                var given = value.Describe() + (value.Negated ? " negated" : "");
                throw QueryErrors.Invalid(name,
                    $"{name} sets the time window and takes only the range operators >, >=, < and <= (not {given}).");
            }
            ranges.Add(FieldPredicateFactory.Create(dateField, value, name, limits));
        }
        return ranges;
    }
}
