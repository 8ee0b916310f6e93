using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Tests.Semantics;

public sealed class SourcePathTests
{
    [Theory]
    [InlineData(
        "hg:hg.mozilla.org/releases/mozilla-release:memory/mozalloc/mozalloc_abort.cpp:d9976bb69dbf",
        "memory/mozalloc/mozalloc_abort.cpp")]
    [InlineData(
        "git:github.com/rust-lang/rust:library/std/src/rt.rs:90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf",
        "library/std/src/rt.rs")]
    [InlineData("HG:host/repo:a.cpp:1", "a.cpp")]
    [InlineData(
        @"c:\builds\worker\checkouts\gecko\dom\base\Element.cpp",
        @"c:\builds\worker\checkouts\gecko\dom\base\Element.cpp")]
    [InlineData("/rustc/abc/library/std/src/rt.rs", "/rustc/abc/library/std/src/rt.rs")]
    [InlineData("hg:host/repo:no-revision", "hg:host/repo:no-revision")]
    [InlineData("hg:", "hg:")]
    [InlineData("", "")]
    public void The_path_of_a_version_control_mapped_file_is_what_lies_between_repository_and_revision(
        string value, string path)
    {
        var (start, length) = SourcePath.Of(value);
        Assert.Equal(path, value.Substring(start, length));
    }

    [Fact]
    public void Source_file_words_come_from_the_path_only()
    {
        using var analyzer = new CrashAnalyzer(FieldCatalogue.Default);
        var words = analyzer.Words(FieldCatalogue.Default["source_file"],
            "hg:hg.mozilla.org/releases/mozilla-release:memory/mozalloc/mozalloc_abort.cpp:d9976bb69dbf");
        Assert.Equal(["memory", "mozalloc", "mozalloc_abort", "mozalloc", "abort", "cpp"], words);
        Assert.Contains("mozilla", analyzer.Words(FieldCatalogue.Default["function"], "hg:hg.mozilla.org/x:y.cpp:1"));
    }
}
