using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// A canonical one-line text of a filter tree, e.g. <c>AND(OR(Match(product, "Fenix"), Match(product, "Firefox")), NOT(Match(version, "1.0")))</c>:
/// orders values canonically and makes trees comparable (records compare lists by reference).
/// </summary>
internal static class QueryNodeText
{
    public static string Format(QueryNode? node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    static void Append(StringBuilder text, QueryNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("ALL");
                break;
            case AllOf all:
                AppendList(text, "AND", all.Children);
                break;
            case AnyOf any:
                AppendList(text, "OR", any.Children);
                break;
            case Not not:
                text.Append("NOT(");
                Append(text, not.Child);
                text.Append(')');
                break;
            case FreeText free:
                text.Append("FreeText(").Append(JsonSerializer.Serialize(free.Text)).Append(')');
                break;
            case FieldPredicate predicate:
                text.Append(predicate.Operator).Append('(').Append(predicate.Field);
                if (predicate.Value is not null)
                    text.Append(", ").Append(FormatValue(predicate.Value));
                if (predicate.MaxFrame is { } maxFrame)
                    text.Append(", top ").Append(maxFrame.ToString(CultureInfo.InvariantCulture));
                text.Append(')');
                break;
            default:
                text.Append(node.GetType().Name);
                break;
        }
    }

    static void AppendList(StringBuilder text, string name, IReadOnlyList<QueryNode> children)
    {
        text.Append(name).Append('(');
        for (var i = 0; i < children.Count; i++)
        {
            if (i > 0)
                text.Append(", ");
            Append(text, children[i]);
        }
        text.Append(')');
    }

    public static string FormatValue(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        DateTimeOffset date => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
