using System.Globalization;
using System.Text.Json;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>Typed field values as Socorro writes them: numbers as numbers, dates as UTC strings.</summary>
internal static class SuperSearchJsonValues
{
    /// <summary>Dates in hits: <c>2026-11-20T14:03:11+00:00</c>.</summary>
    public const string HitDate = "yyyy-MM-dd'T'HH:mm:ss'+00:00'";

    /// <summary>Date histogram keys: <c>2026-11-20T00:00:00Z</c>.</summary>
    public const string BucketDate = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static void Write(Utf8JsonWriter json, object value, string dateFormat)
    {
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                break;
            case long integer:
                json.WriteNumberValue(integer);
                break;
            case int integer:
                json.WriteNumberValue(integer);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case DateTimeOffset date:
                json.WriteStringValue(date.ToUniversalTime().ToString(dateFormat, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
