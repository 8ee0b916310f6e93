using System.Text.Json;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// Converts a processed crash (Socorro's JSON) into a <see cref="CrashDocument"/>, driven by the field catalogue:
/// every field is read from its source path and converted to its catalogue type; the crashing thread's frames come
/// from <c>json_dump.crashing_thread.frames</c> or <c>json_dump.threads[crashing_thread].frames</c>.
/// Thread-safe: one builder serves every ingest thread.
/// </summary>
public sealed class CrashDocumentBuilder
{
    /// <summary>
    /// Frames kept from the crashing thread; deeper frames are dropped (and counted in
    /// <see cref="CrashDocument.DroppedFrames"/>). Real stacks rarely reach 200 frames; deeper ones are recursion.
    /// </summary>
    public const int MaxFrames = 500;

    const int MaxJsonDepth = 256;

    readonly FieldSource _uuid;
    readonly FieldSource _date;
    readonly FieldSource[] _fields;
    readonly SourceTree _sources;
    readonly FieldDefinition[] _frameFields;

    /// <summary>Prepares a builder for <paramref name="catalogue"/>; source paths are split once here.</summary>
    public CrashDocumentBuilder(FieldCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _uuid = new FieldSource(catalogue["uuid"]);
        _date = new FieldSource(catalogue["date"]);
        var fields = new List<FieldSource>(catalogue.Fields.Count);
        foreach (var field in catalogue.Fields)
        {
            if (field.FrameProperty is null && field.Name is not ("uuid" or "date"))
                fields.Add(new FieldSource(field));
        }
        _fields = [.. fields];
        _sources = SourceTree.Of(_fields);
        _frameFields = [.. catalogue.Fields.Where(f => f.FrameProperty is not null)];
    }

    /// <summary>Parses UTF-8 JSON text and converts it.</summary>
    /// <remarks>
    /// The document reads <paramref name="utf8Json"/> in place (parsing from a span would first copy every crash,
    /// which cost more than the parse itself); the text must not change until this returns.
    /// </remarks>
    /// <exception cref="InvalidCrashException">The text is not JSON (the reason gives the parser's error and position)
    /// or not a valid crash.</exception>
    public CrashDocument Build(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            // Parse takes exactly one value: anything but whitespace after it is an error.
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
        }
        catch (JsonException e)
        {
            throw new InvalidCrashException($"invalid JSON: {e.Message}");
        }
        using (document)
            return Build(document.RootElement);
    }

    /// <summary>Converts a parsed processed crash.</summary>
    /// <exception cref="InvalidCrashException">The crash has no valid uuid or date_processed, or a value of the wrong
    /// type.</exception>
    public CrashDocument Build(JsonElement processedCrash)
    {
        if (processedCrash.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidCrashException(
                $"a processed crash must be a JSON object, got {JsonValueDescription.Of(processedCrash)}");
        }

        var uuid = ReadUuid(processedCrash);
        var date = ReadDate(processedCrash);
        var values = new Dictionary<string, IReadOnlyList<object>>(_fields.Length + 2, StringComparer.Ordinal)
        {
            [_uuid.Field.Name] = [uuid],
            [_date.Field.Name] = [date],
        };
        var found = _sources.Read(processedCrash);
        // Read in catalogue order, so that of two faulty fields the same one is named as by looking each up.
        for (var i = 0; i < _fields.Length; i++)
        {
            var source = _fields[i];
            if (found.TryGet(i, source, out var value) && FieldValueReader.Read(source, value) is { } read)
                values[source.Field.Name] = read;
        }
        var frames = CrashFrameReader.Read(processedCrash, out var dropped);
        return new CrashDocument
        {
            Uuid = uuid,
            Date = date,
            Values = values,
            Frames = frames,
            DroppedFrames = dropped,
            LongValueFields = LongValueFields(values, frames),
        };
    }

    /// <summary>The fields with a value the index holds cut: nearly always none, found by comparing lengths.</summary>
    IReadOnlyList<string> LongValueFields(
        Dictionary<string, IReadOnlyList<object>> values, IReadOnlyList<CrashFrame> frames)
    {
        List<string>? names = null;
        foreach (var (name, list) in values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is string text && IndexLimits.IsOverLimit(text))
                {
                    (names ??= []).Add(name);
                    break;
                }
            }
        }
        var (function, module, file) = (false, false, false);
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            function |= IsOverLimit(frame.Function);
            module |= IsOverLimit(frame.Module);
            file |= IsOverLimit(frame.SourceFile);
        }
        foreach (var field in _frameFields)
        {
            if (field.FrameProperty switch { "function" => function, "module" => module, _ => file })
                (names ??= []).Add(field.Name);
        }
        return names ?? [];
    }

    static bool IsOverLimit(string? text) => text is not null && IndexLimits.IsOverLimit(text);

    string ReadUuid(JsonElement crash)
    {
        if (!_uuid.TryResolve(crash, out var value))
            throw new InvalidCrashException($"required field '{_uuid.Field.Name}' ({_uuid.Path}) is missing");
        if (value.ValueKind != JsonValueKind.String)
            throw _uuid.Error("a string", value);
        var uuid = value.GetString()!;
        if (!CrashId.IsValid(uuid))
        {
            throw new InvalidCrashException($"field '{_uuid.Field.Name}' ({_uuid.Path}): "
                + $"{JsonValueDescription.Quote(uuid)} is not a crash id (1 to {CrashId.MaxLength} characters of "
                + "0-9, a-z, A-Z and '-')");
        }
        return uuid;
    }

    DateTimeOffset ReadDate(JsonElement crash)
    {
        if (!_date.TryResolve(crash, out var value))
            throw new InvalidCrashException($"required field '{_date.Field.Name}' ({_date.Path}) is missing");
        if (value.ValueKind != JsonValueKind.String || !CrashDate.TryParse(value.GetString(), out var date))
            throw _date.Error("an ISO-8601 date", value);
        if (date > IndexLimits.LatestDate)
            throw _date.Error("a date before the year 9999", value);
        return date;
    }
}
