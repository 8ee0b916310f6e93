using System.Text.Json;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>A crash field's value in a job's JSON result, typed: numbers, booleans, instants, text.</summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case int small:
                writer.WriteNumberValue(small);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(ValueText.Text(value));
                break;
        }
    }
}
