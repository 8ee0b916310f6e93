using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>
/// A crash with a planted marker in every protected field of the catalogue, dated long before the other test
/// crashes so that no SuperSearch window of the tests reaches it; only <c>/api/ProcessedCrash/</c> reads it.
/// </summary>
internal static class MarkedCrash
{
    public const string Uuid = "00000000-0000-4000-8000-00000000beef";
    public const string Marker = "PROTECTED-MARKER";
    public const long NumberMarker = 777_000_111;

    public static readonly DateTimeOffset Date = new(2025, 12, 20, 6, 0, 0, TimeSpan.Zero);

    public static IEnumerable<FieldDefinition> ProtectedFields =>
        FieldCatalogue.Default.Fields.Where(f => f.Protected && f.FrameProperty is null);

    public static CrashDocument Document
    {
        get
        {
            var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
            {
                ["signature"] = ["Marked | crash"],
                ["cpu_count"] = [8L],
            };
            foreach (var @protected in ProtectedFields)
                values[@protected.Name] = [MarkerOf(@protected)];
            return new CrashDocument { Uuid = Uuid, Date = Date, Values = values };
        }
    }

    static object MarkerOf(FieldDefinition field) => field.Type switch
    {
        FieldType.Keyword or FieldType.Text => $"{Marker}-{field.Name}",
        FieldType.Integer or FieldType.Long => NumberMarker,
        FieldType.Double => (double)NumberMarker,
        FieldType.Boolean => true,
        _ => Date,
    };
}
