using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>The <c>[N]</c> top-frames suffix in SuperSearch and the search box, and the matched frames of hits.</summary>
public abstract class TopFramesBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexStacksAsync() => IndexAsync(
        Crash("top").Functions("js::gc::Sweep", "js::gc::Arena::finalize", "main"),
        Crash("deep").Functions("mozalloc_abort", "moz_xmalloc", "nsTArray::AppendElement", "js::gc::Sweep", "main"),
        Crash("other").Functions("RtlUserThreadStart"));

    [Theory]
    [InlineData("function[1]=js::gc::Sweep", "top")]
    [InlineData("function[4]=js::gc::Sweep", "top,deep")]
    [InlineData("function[1]==js::gc::Sweep", "top")]
    [InlineData("function[3]=^js::gc::", "top")]
    [InlineData("function[5]=~Sweep", "top,deep")]
    [InlineData("function[2]=@moz.*", "deep")]
    [InlineData("function[1]=!~Sweep", "deep,other")]
    [InlineData("function[2]=main", "")]
    [InlineData("function[3]=main", "top")]
    [InlineData("module[1]=xul.dll", "top,deep,other")]
    public async Task SuperSearch_limits_a_frame_field_to_the_top_frames(string query, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("function[1]:js::gc::Sweep", "top")]
    [InlineData("function[4]:js::gc::Sweep", "top,deep")]
    [InlineData("function[5]:js::gc::*", "top,deep")]
    [InlineData("function[2]:js::gc::*", "top")]
    [InlineData("-function[3]:main", "deep,other")]
    public async Task The_search_box_limits_a_frame_field_to_the_top_frames(string text, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), (await SearchBoxAsync(text)).Uuids);
    }

    [Theory]
    [InlineData("product[3]=Firefox", "product[3]")]
    [InlineData("function[0]=main", "function[0]")]
    public void A_top_frames_suffix_that_cannot_apply_is_rejected(string query, string parameter) =>
        Assert.Equal(parameter, Rejects(query).Parameter);

    [Fact]
    public async Task Hits_show_which_frames_matched()
    {
        await IndexStacksAsync();
        var hits = (await SuperSearchAsync("function=~js::gc::")).Result.Hits;
        Assert.Equal(["top", "deep"], hits.Select(h => h.Uuid));
        Assert.Equal([0, 1], hits[0].MatchedFrames);
        Assert.Equal([3], hits[1].MatchedFrames);
    }

    [Fact]
    public async Task Hits_of_a_query_without_frame_tests_have_no_matched_frames()
    {
        await IndexStacksAsync();
        Assert.All((await SuperSearchAsync("")).Result.Hits, h => Assert.Null(h.MatchedFrames));
    }
}
