using GraphQL.Types;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// One response key of a selection set: its field definition and every AST node that contributes to it (the same
/// key may come from several fragments; GraphQL validation guarantees they agree on arguments).
/// </summary>
internal sealed record SelectedField(string ResponseKey, FieldType Definition, IReadOnlyList<GraphQLField> Nodes);
