namespace CrashSearch.Indexer.Fields;

/// <summary>The value type of a catalogue field; decides how it is indexed and which operators apply.</summary>
public enum FieldType
{
    /// <summary>A string matched as a whole (exact, prefix, regex, ...).</summary>
    Keyword,

    /// <summary>An analysed string (words), with an exact keyword twin for exact operators, facets and sorting.</summary>
    Text,

    /// <summary>A 32-bit integer.</summary>
    Integer,

    /// <summary>A 64-bit integer.</summary>
    Long,

    /// <summary>A double-precision number.</summary>
    Double,

    /// <summary>A UTC instant.</summary>
    Date,

    /// <summary>True or false.</summary>
    Boolean,
}
