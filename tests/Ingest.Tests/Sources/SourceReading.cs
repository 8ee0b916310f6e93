using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Tests.Sources;

static class SourceReading
{
    public static async Task<List<SourceRecord>> ReadAllAsync(this ICrashSource source, int max = int.MaxValue)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in source.ReadAsync(TestContext.Current.CancellationToken))
        {
            records.Add(record);
            if (records.Count == max)
                break;
        }
        return records;
    }

    public static string Text(this SourceRecord record) => System.Text.Encoding.UTF8.GetString(record.Data.Span);
}
