using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary><c>_columns</c>: the default set, every kind of field, nested sources, frames, and missing values.</summary>
public abstract class ColumnBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    static readonly DateTimeOffset Date = new(2026, 11, 19, 8, 30, 15, TimeSpan.Zero);

    Task IndexFullCrashAsync() => IndexAsync(
        Crash("full").At(Date).With("signature", "OOM | small").With("product", "Firefox").With("version", "145.0")
            .With("build", 20261101000000L).With("json_dump.system_info.cpu_count", 8).With("memory_measures.explicit", 123456789L)
            .With("startup_crash", true).WithList("addons", "a@x:1", "b@y:2").With("modules_in_stack", "xul.dll;ntdll.dll")
            .With("url", "https://secret.example/").With("email", "someone@example.com")
            .Frames(("js::gc::Sweep", "xul.dll", "js/src/gc/Sweep.cpp"), (null, "ntdll.dll", null), ("main", "firefox.exe", "main.cpp")));

    async Task<IReadOnlyDictionary<string, IReadOnlyList<object>>> ColumnsAsync(string columns, bool canReadProtected = false)
    {
        var answer = await SuperSearchAsync(columns.Length == 0 ? "" : "_columns=" + columns, canReadProtected);
        return Assert.Single(answer.Result.Hits).Fields;
    }

    [Fact]
    public async Task The_default_columns_are_uuid_date_signature_product_and_version()
    {
        await IndexFullCrashAsync();
        var fields = await ColumnsAsync("");
        Assert.Equal(["uuid", "date", "signature", "product", "version"], fields.Keys);
        Assert.Equal([Date], fields["date"]);
        Assert.Equal(["OOM | small"], fields["signature"]);
    }

    [Theory]
    [InlineData("signature", "OOM | small")]
    [InlineData("build_id", "20261101000000")]
    [InlineData("startup_crash", "true")]
    [InlineData("addons", "a@x:1|b@y:2")]
    [InlineData("modules_in_stack", "xul.dll|ntdll.dll")]
    [InlineData("function", "js::gc::Sweep|main")]
    [InlineData("module", "xul.dll|ntdll.dll|firefox.exe")]
    [InlineData("source_file", "js/src/gc/Sweep.cpp|main.cpp")]
    [InlineData("date", "2026-11-19T08:30:15Z")]
    public async Task A_column_returns_the_values_of_its_field(string column, string expected)
    {
        await IndexFullCrashAsync();
        var fields = await ColumnsAsync(column);
        Assert.Equal([column], fields.Keys);
        Assert.Equal(expected, string.Join('|', fields[column].Select(BucketText.Key)));
    }

    [Fact]
    public async Task Values_come_back_typed_as_the_field()
    {
        await IndexFullCrashAsync();
        var fields = await ColumnsAsync("build_id,startup_crash,date,cpu_count");
        Assert.Equal([20261101000000L], fields["build_id"]);
        Assert.Equal([true], fields["startup_crash"]);
        Assert.IsType<DateTimeOffset>(Assert.Single(fields["date"]));
        Assert.Equal([8L], fields["cpu_count"]);
    }

    [Fact]
    public async Task Columns_given_as_a_list_and_repeated_come_back_once_each()
    {
        await IndexFullCrashAsync();
        var answer = await SuperSearchAsync("_columns=uuid,product&_columns=product&_columns=memory_explicit");
        Assert.Equal(["uuid", "product", "memory_explicit"], Assert.Single(answer.Result.Hits).Fields.Keys);
    }

    [Fact]
    public async Task A_column_the_crash_has_no_value_for_is_left_out()
    {
        await IndexFullCrashAsync();
        var fields = await ColumnsAsync("uuid,reason,memory_resident");
        Assert.Equal(["uuid"], fields.Keys);
    }

    [Fact]
    public async Task Protected_columns_come_back_only_for_callers_with_the_permission()
    {
        await IndexFullCrashAsync();
        Assert.Equal(["https://secret.example/"], (await ColumnsAsync("uuid,url", canReadProtected: true))["url"]);
        var anonymous = await SuperSearchAsync("_columns=uuid,url,email");
        Assert.Equal(["uuid"], Assert.Single(anonymous.Result.Hits).Fields.Keys);
        Assert.Equal(
            ["field 'url' requires the read-protected permission and was ignored in _columns", "field 'email' requires the read-protected permission and was ignored in _columns"],
            anonymous.Errors);
    }
}
