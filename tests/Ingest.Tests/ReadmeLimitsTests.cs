using System.Globalization;
using System.Text.RegularExpressions;

namespace CrashSearch.Ingest.Tests;

/// <summary>The record size limit that README.md and docs/ingest.md state is the one the code applies.</summary>
public sealed partial class ReadmeLimitsTests
{
    [GeneratedRegex(@"over (\d+) MiB")]
    private static partial Regex RecordLimit();

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/ingest.md")]
    public void The_documented_record_size_limit_is_the_code_s(string page)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(page)).ReplaceLineEndings(" ");

        var stated = RecordLimit().Matches(text)
            .Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 * 1024)
            .ToList();

        Assert.NotEmpty(stated);
        Assert.All(stated, limit => Assert.Equal(new IngestOptions().MaxRecordBytes, limit));
    }
}
