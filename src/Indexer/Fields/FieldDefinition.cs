namespace CrashSearch.Indexer.Fields;

/// <summary>One searchable field of a crash, as declared in <c>schema/fields.json</c>.</summary>
public sealed record FieldDefinition
{
    /// <summary>Prefix of a source path that reads each frame of the crashing thread.</summary>
    public const string FramesSourcePrefix = "@frames.";

    /// <summary>The public name, as used in queries (Socorro's name where Socorro has the field).</summary>
    public required string Name { get; init; }

    /// <summary>Dotted path in the processed crash, or <c>@frames.&lt;property&gt;</c> for stack-frame fields.</summary>
    public required string Source
    {
        get;
        init
        {
            field = value;
            // Read for every field of every document at index time: worked out once here, not on each read.
            FrameProperty = value.StartsWith(FramesSourcePrefix, StringComparison.Ordinal) ? value[FramesSourcePrefix.Length..] : null;
        }
    }

    /// <summary>Value type.</summary>
    public required FieldType Type { get; init; }

    /// <summary>
    /// Socorro's query type; when the catalogue does not say, the one Socorro gives a field of <see cref="Type"/>
    /// (<see cref="QueryTypeOperators.Default"/>).
    /// </summary>
    public QueryType QueryType
    {
        get => DeclaredQueryType ?? QueryTypeOperators.Default(Type);
        init => DeclaredQueryType = value;
    }

    /// <summary>The query type the catalogue declares, or null when it leaves it to <see cref="Type"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public QueryType? DeclaredQueryType { get; private init; }

    /// <summary>Whether the field holds several values (a JSON array, a separated string, or one value per frame).</summary>
    public bool MultiValued { get; init; }

    /// <summary>For multi-valued strings stored as one string: the separator between values.</summary>
    public string? Separator { get; init; }

    /// <summary>
    /// Name of a special analyser for text fields (<c>symbol</c> for stack symbols and paths, <c>source_path</c> for
    /// the path inside version-control-mapped source files); null for the standard one.
    /// </summary>
    public string? Analyzer { get; init; }

    /// <summary>Whether the field can be faceted (top terms, distinct counts, histograms).</summary>
    public bool Facetable { get; init; } = true;

    /// <summary>Whether results can be sorted on the field.</summary>
    public bool Sortable { get; init; } = true;

    /// <summary>Whether the field can be returned in hits.</summary>
    public bool Returnable { get; init; } = true;

    /// <summary>Personal data: visible only to callers with the read-protected permission.</summary>
    public bool Protected { get; init; }

    /// <summary>What the field means, for documentation and the GraphQL schema.</summary>
    public string Description { get; init; } = "";

    /// <summary>The frame property this field reads (<c>function</c>, <c>module</c>, <c>file</c>), or null when it is not a stack-frame field.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? FrameProperty { get; private init; }

    /// <summary>Whether values are strings (keyword or text).</summary>
    public bool IsString => Type is FieldType.Keyword or FieldType.Text;

    /// <summary>Whether values are numbers (integer, long or double).</summary>
    public bool IsNumber => Type is FieldType.Integer or FieldType.Long or FieldType.Double;
}
