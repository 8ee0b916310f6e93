using System.Text.Json;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary><c>crash(uuid)</c>, typed crash fields, frames, and the field catalogue.</summary>
public sealed class CrashLookupTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task A_crash_is_found_by_uuid_with_typed_fields_and_frames()
    {
        var result = await api.PostAsync("""
            { crash(uuid: "crash-01") { uuid date signature cpuCount buildId startupCrash function frames(first: 2) { index function module sourceFile line } } }
            """);
        Assert.Empty(result.ErrorMessages);
        var crash = result.Data.GetProperty("crash");
        Assert.Equal("2026-11-20T11:00:00Z", crash.GetProperty("date").GetString());
        Assert.Equal(8, crash.GetProperty("cpuCount").GetInt32());
        Assert.Equal(20261101000001L, crash.GetProperty("buildId").GetInt64());
        Assert.True(crash.GetProperty("startupCrash").GetBoolean());
        Assert.Equal(["js::gc::Sweep", "mozilla::dom::Element::GetAttr(int)", "BaseThreadInitThunk"],
            crash.GetProperty("function").EnumerateArray().Select(f => f.GetString()));
        var frames = crash.GetProperty("frames");
        Assert.Equal(2, frames.GetArrayLength());
        Assert.Equal(1, frames[1].GetProperty("index").GetInt32());
        Assert.Equal("xul.dll", frames[1].GetProperty("module").GetString());
        Assert.Equal("src/xul.dll.cpp", frames[1].GetProperty("sourceFile").GetString());
        Assert.Equal(11, frames[1].GetProperty("line").GetInt32());
        Assert.True(api.Index.LastQuery!.IncludeFrames);
    }

    [Fact]
    public async Task An_old_crash_is_found_by_uuid_outside_the_default_window()
    {
        var result = await api.PostAsync("{ crash(uuid: \"crash-08\") { uuid } }");
        Assert.Equal("crash-08", result.Data.GetProperty("crash").GetProperty("uuid").GetString());
    }

    [Fact]
    public async Task An_unknown_uuid_is_null()
    {
        var result = await api.PostAsync("{ crash(uuid: \"no-such-crash\") { uuid } }");
        Assert.Empty(result.ErrorMessages);
        Assert.Equal(JsonValueKind.Null, result.Data.GetProperty("crash").ValueKind);
    }

    [Fact]
    public async Task Only_the_selected_fields_are_asked_of_the_index()
    {
        await api.PostAsync("{ crashes { edges { node { ...Basics product } } } } fragment Basics on Crash { signature date }");
        Assert.Equal(["uuid", "signature", "date", "product"], api.Index.LastQuery!.Columns);
        Assert.False(api.Index.LastQuery.IncludeFrames);
    }

    [Fact]
    public async Task Missing_values_are_null()
    {
        var result = await api.PostAsync("{ crash(uuid: \"crash-05\") { cpuCount function } }");
        var crash = result.Data.GetProperty("crash");
        Assert.Equal(JsonValueKind.Null, crash.GetProperty("cpuCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, crash.GetProperty("function").ValueKind);
    }

    [Fact]
    public async Task The_fields_query_describes_the_catalogue()
    {
        var result = await api.PostAsync("{ fields { name field crashField type multiValued facetable sortable returnable protected description } }");
        var fields = result.Data.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var channel = fields["release_channel"];
        Assert.Equal("RELEASE_CHANNEL", channel.GetProperty("field").GetString());
        Assert.Equal("releaseChannel", channel.GetProperty("crashField").GetString());
        Assert.Equal("KEYWORD", channel.GetProperty("type").GetString());
        Assert.True(fields["function"].GetProperty("multiValued").GetBoolean());
        Assert.False(fields["uuid"].GetProperty("facetable").GetBoolean());
        Assert.True(fields["email"].GetProperty("protected").GetBoolean());
    }
}
