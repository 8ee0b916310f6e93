namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>CI services spell "this is CI" in several ways; each one makes a missing PostgreSQL a failure.</summary>
public sealed class ContinuousIntegrationTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("TRUE")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("YES")]
    [InlineData(" true ")]
    public void Any_truthy_CI_value_means_CI(string value) => Assert.True(ContinuousIntegration.Means(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("no")]
    [InlineData("truthy")]
    public void Other_CI_values_do_not(string? value) => Assert.False(ContinuousIntegration.Means(value));
}
