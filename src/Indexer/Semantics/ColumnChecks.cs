using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The checks of a query's page and columns: no negative size or offset, no unknown or non-returnable column, and
/// protected columns left out for a caller without the right. Both engines read their hits' columns from this
/// list, so the same query returns the same columns from either.
/// </summary>
internal static class ColumnChecks
{
    /// <summary>The columns to return, checked, in the order first asked for.</summary>
    public static List<FieldDefinition> Columns(CrashQuery query, FieldCatalogue catalogue)
    {
        if (query.Size < 0 || query.Offset < 0)
            throw new InvalidQueryException("size", "The page size and offset cannot be negative.");
        var columns = new List<FieldDefinition>();
        foreach (var name in query.Columns.Distinct(StringComparer.Ordinal))
        {
            var field = catalogue.Find(name) ?? throw new InvalidQueryException("columns", $"Unknown column '{name}'.");
            if (!field.Returnable)
                throw new InvalidQueryException("columns", $"Field '{name}' cannot be returned.");
            if (!field.Protected || query.CanReadProtected)
                columns.Add(field);
        }
        return columns;
    }
}
