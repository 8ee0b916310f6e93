using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Types;
using CatalogueFieldType = CrashSearch.Indexer.Fields.FieldType;
using GraphQLFieldType = GraphQL.Types.FieldType;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The <c>Crash</c> type, generated from the catalogue: one field per returnable catalogue field (camelCase),
/// typed by the field (lists for multi-valued ones), plus the frames of the crashing thread.
/// </summary>
internal sealed class CrashType : ObjectGraphType<CrashHit>
{
    public const string FramesField = "frames";
    const string CatalogueFieldKey = "crashSearch.catalogueField";

    public CrashType(FieldCatalogue catalogue)
    {
        Name = "Crash";
        Description = "A processed crash report. Fields are the catalogue's returnable fields in camelCase "
            + "(release_channel is releaseChannel); protected ones are null, with a PROTECTED_FIELD error, for callers without the read-protected permission.";
        foreach (var field in catalogue.Fields.Where(f => f.Returnable))
        {
            var definition = field;
            Field(CrashFieldNames.Of(field.Name), GraphTypeOf(field))
                .Description(field.Protected ? $"{field.Description} Protected." : field.Description)
                .Resolve(context => CrashFieldValues.Resolve(context, definition))
                .Configure(graphField => graphField.Metadata[CatalogueFieldKey] = definition.Name);
        }
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FrameType>>>>(FramesField)
            .Description("Frames of the crashing thread, top first.")
            .Argument<IntGraphType>("first", "Only the first N frames (of the matched ones with matchedOnly).", argument => argument.Validate(value =>
            {
                if (value is < 0)
                    throw new ArgumentException("'first' must not be negative.");
            }))
            .Argument<BooleanGraphType>("matchedOnly", "Only the frames that satisfy the search's stack-frame filters.", argument => argument.DefaultValue = false)
            .Resolve(context => Frames(context.Source, context.GetArgument<int?>("first"), context.GetArgument("matchedOnly", false)));
    }

    static List<HitFrame> Frames(CrashHit hit, int? first, bool matchedOnly)
    {
        var matched = hit.MatchedFrames is { } positions ? new HashSet<int>(positions) : [];
        var frames = hit.Frames.Select((frame, position) => new HitFrame(frame, matched.Contains(position)));
        if (matchedOnly)
            frames = frames.Where(frame => frame.Matched);
        return [.. first is { } count ? frames.Take(count) : frames];
    }

    /// <summary>The catalogue field a field of this type returns, or null for <c>frames</c> and meta fields.</summary>
    public static string? CatalogueFieldOf(GraphQLFieldType field) => field.GetMetadata<string?>(CatalogueFieldKey);

    static Type GraphTypeOf(FieldDefinition field)
    {
        var scalar = field.Type switch
        {
            CatalogueFieldType.Keyword or CatalogueFieldType.Text => typeof(StringGraphType),
            CatalogueFieldType.Integer => typeof(IntGraphType),
            CatalogueFieldType.Long => typeof(LongGraphType),
            CatalogueFieldType.Double => typeof(FloatGraphType),
            CatalogueFieldType.Date => typeof(InstantGraphType),
            CatalogueFieldType.Boolean => typeof(BooleanGraphType),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "Unknown field type."),
        };
        if (field.MultiValued)
            return typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar));
        // Every crash has these two; the others may be missing.
        return field.Name is "uuid" or "date" ? typeof(NonNullGraphType<>).MakeGenericType(scalar) : scalar;
    }
}
