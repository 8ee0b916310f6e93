using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.EndToEnd;

/// <summary>
/// <c>--data DIR</c>: the data directory (the quarantine) apart from the index; without it, it is the index directory
/// as it always was.
/// </summary>
public sealed class DataDirectoryTests : IDisposable
{
    readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Bad_records_go_to_the_quarantine_of_the_data_directory(bool withData)
    {
        _temp.Write("crashes/good.json", TestCrashes.Minimal("good").ToJsonString());
        _temp.Write("crashes/bad.json", "{");
        var index = _temp.Combine("index");
        var data = withData ? _temp.Combine("data") : index;
        string[] args = ["--source", _temp.Combine("crashes"), "--index", index, "--once"];
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await IngestCommand.RunAsync(withData ? [.. args, "--data", data] : args, output, error);

        Assert.True(code == IngestCommand.Ran, error.ToString());
        Assert.Single(Directory.GetFiles(Path.Combine(data, "quarantine"), "*.reason.json", SearchOption.AllDirectories));
        Assert.Equal(withData, !Directory.Exists(Path.Combine(index, "quarantine")));
        Assert.Equal(["good"], await LuceneIngest.UuidsAsync(index));
    }
}
