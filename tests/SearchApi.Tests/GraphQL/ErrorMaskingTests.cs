using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>Unexpected failures reach the caller as a stable code, without class names or details.</summary>
public sealed class ErrorMaskingTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task An_index_failure_is_an_INTERNAL_SERVER_ERROR_without_details()
    {
        api.Index.FailWith = new IOException("disk /var/secret/segments_7 is unreadable");
        try
        {
            var result = await api.PostAsync("{ crashes { totalCount } }");
            Assert.Equal(["INTERNAL_SERVER_ERROR"], result.ErrorCodes);
            var body = result.Body.GetRawText();
            Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
            Assert.DoesNotContain("IOException", body, StringComparison.Ordinal);
            Assert.DoesNotContain("IO_EXCEPTION", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"codes\"", body, StringComparison.Ordinal);
        }
        finally
        {
            api.Index.FailWith = null;
        }
    }
}
