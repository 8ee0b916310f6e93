using System.Text;
using System.Text.Json;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Writes an EXPORT job's rows as they are scanned: CSV (one column per field; several values joined by "; ") and a
/// JSON array of objects (a multi-valued field as an array, a missing one as null).
/// </summary>
internal sealed class ExportWriter : IAsyncDisposable
{
    readonly IReadOnlyList<string> _columns;
    readonly IReadOnlySet<string> _multiValued;
    readonly StreamWriter _csv;
    readonly FileStream _jsonStream;
    readonly Utf8JsonWriter _json;

    public ExportWriter(
        string csvPath, string jsonPath, IReadOnlyList<string> columns, IReadOnlySet<string> multiValued)
    {
        _columns = columns;
        _multiValued = multiValued;
        _csv = new StreamWriter(csvPath, append: false, new UTF8Encoding(false));
        _jsonStream = File.Create(jsonPath);
        _json = new Utf8JsonWriter(_jsonStream);
        _csv.Write(CsvText.Line(columns) + "\n");
        _json.WriteStartArray();
    }

    public void Add(IReadOnlyList<CrashHit> hits)
    {
        foreach (var hit in hits)
        {
            var cells = new string?[_columns.Count];
            _json.WriteStartObject();
            for (var i = 0; i < _columns.Count; i++)
            {
                var name = _columns[i];
                IReadOnlyList<object> values = name == "uuid" ? [hit.Uuid]
                    : hit.Fields.TryGetValue(name, out var found) ? found : [];
                cells[i] = values.Count == 0 ? null : string.Join("; ", values.Select(ValueText.Text));
                _json.WritePropertyName(name);
                if (_multiValued.Contains(name))
                {
                    _json.WriteStartArray();
                    foreach (var value in values)
                        JsonValues.Write(_json, value);
                    _json.WriteEndArray();
                }
                else if (values.Count == 0)
                {
                    _json.WriteNullValue();
                }
                else
                {
                    JsonValues.Write(_json, values[0]);
                }
            }
            _json.WriteEndObject();
            _csv.Write(CsvText.Line(cells) + "\n");
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        await _json.FlushAsync(cancellationToken);
        await _csv.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        await _jsonStream.DisposeAsync();
        await _csv.DisposeAsync();
    }
}
