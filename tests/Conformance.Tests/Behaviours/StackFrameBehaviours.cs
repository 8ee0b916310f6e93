using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>
/// Search by the crashing thread's frames: exact, prefix, substring, regex and symbol words over C++ (templates,
/// <c>`anonymous namespace'</c>), Rust (generics, closures) and Java (inner classes); limits to the top N frames.
/// </summary>
public abstract class StackFrameBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexStacksAsync() => IndexAsync(
        Crash("cpp").Frames(
            ("mozilla::dom::Element::GetAttr(int)", "xul.dll", "dom/base/Element.cpp"),
            (null, "ntdll.dll", null),
            ("`anonymous namespace'::CrashFunction", "test_app.exe", @"c:\test_app.cc")),
        Crash("rust").Frames(
            ("std::rt::lang_start::<()>::{closure#0}", "libxul.so", "/rustc/abc/library/std/src/rt.rs"),
            ("core::ptr::write_volatile::<u8>", "libxul.so", null),
            ("js::gc::Sweep", "libxul.so", "js/src/gc/Sweep.cpp")),
        Crash("java").Frames(
            ("org.mozilla.gecko.GeckoApp$LayerView.onDraw", "classes.dex", "GeckoApp.java"),
            ("mozilla::dom::Element::GetAttr(int)", "libxul.so", null)),
        Crash("tmpl").Frames(
            ("js::gc::Sweep", "XUL", null),
            ("std::vector<mozilla::UniquePtr<nsIFrame>>::push_back(nsIFrame*)", "XUL", null)),
        Crash("none"));

    [Theory]
    [InlineData("function=js::gc::Sweep", "rust,tmpl")]
    [InlineData("function==js::gc::Sweep", "rust,tmpl")]
    [InlineData("function==js::gc", "")]
    [InlineData("function=^mozilla::dom::", "cpp,java")]
    [InlineData("function=^js::gc::Sw", "rust,tmpl")]
    [InlineData("function=~::Element::", "cpp,java")]
    [InlineData("function=~$LayerView", "java")]
    [InlineData("function=$::onDraw", "")]
    [InlineData("function=$.onDraw", "java")]
    [InlineData("function=$(nsIFrame*)", "tmpl")]
    [InlineData("function=@std::rt::.*", "rust")]
    [InlineData("function=@.*\"<u8>\"", "rust")]
    [InlineData("function=@\"`anonymous namespace'::\".*", "cpp")]
    [InlineData("function=!~mozilla", "rust,none")]
    public async Task Function_names_are_searched_by_whole_value_operators(string query, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("function=GetAttr", "cpp,java")]
    [InlineData("function=getattr", "cpp,java")]
    [InlineData("function=get attr", "cpp,java")]
    [InlineData("function=Element::GetAttr", "cpp,java")]
    [InlineData("function=anonymous namespace", "cpp")]
    [InlineData("function=CrashFunction", "cpp")]
    [InlineData("function=crash function", "cpp")]
    [InlineData("function=closure", "rust")]
    [InlineData("function=lang_start", "rust")]
    [InlineData("function=start", "rust")]
    [InlineData("function=volatile", "rust")]
    [InlineData("function=u8", "rust")]
    [InlineData("function=UniquePtr", "tmpl")]
    [InlineData("function=nsIFrame", "tmpl")]
    [InlineData("function=push_back", "tmpl")]
    [InlineData("function=LayerView", "java")]
    [InlineData("function=GeckoApp", "java")]
    [InlineData("function=gecko", "java")]
    [InlineData("function=onDraw", "java")]
    [InlineData("function=Sweep", "rust,tmpl")]
    [InlineData("function=Sweep nowhere", "")]
    public async Task Function_names_are_searched_by_symbol_words(string query, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("module=libxul.so", "rust,java")]
    [InlineData("module==libxul.so", "rust,java")]
    [InlineData("module==XUL", "tmpl")]
    [InlineData("module=xul", "cpp,tmpl")]
    [InlineData("module=^test_", "cpp")]
    [InlineData("module=!~xul", "tmpl,none")]
    [InlineData("source_file=rt.rs", "rust")]
    [InlineData("source_file=~/library/std/", "rust")]
    [InlineData("source_file=$.java", "java")]
    [InlineData("source_file=test_app", "cpp")]
    [InlineData("source_file=gc", "rust")]
    public async Task Modules_and_source_files_are_searched_like_functions(string query, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData(PredicateOperator.Match, "js::gc::Sweep", 1, "tmpl")]
    [InlineData(PredicateOperator.Match, "js::gc::Sweep", 2, "tmpl")]
    [InlineData(PredicateOperator.Match, "js::gc::Sweep", 3, "rust,tmpl")]
    [InlineData(PredicateOperator.Match, "GetAttr", 1, "cpp")]
    [InlineData(PredicateOperator.Match, "GetAttr", 2, "cpp,java")]
    [InlineData(PredicateOperator.Exact, "js::gc::Sweep", 1, "tmpl")]
    [InlineData(PredicateOperator.Exact, "js::gc::Sweep", 3, "rust,tmpl")]
    [InlineData(PredicateOperator.StartsWith, "mozilla::", 1, "cpp")]
    [InlineData(PredicateOperator.Contains, "CrashFunction", 2, "")]
    [InlineData(PredicateOperator.Contains, "CrashFunction", 3, "cpp")]
    [InlineData(PredicateOperator.EndsWith, "::<u8>", 2, "rust")]
    [InlineData(PredicateOperator.Regex, "std::.*", 1, "rust")]
    [InlineData(PredicateOperator.Regex, "std::.*", 2, "rust,tmpl")]
    public async Task A_stack_frame_test_can_be_limited_to_the_top_frames(PredicateOperator op, string value, int top, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), await UuidsAsync(Query(new FieldPredicate("function", op, value, top))));
    }

    [Fact]
    public async Task Top_frames_count_frames_without_a_function()
    {
        await IndexStacksAsync();
        Assert.Equal(["cpp", "rust", "java", "tmpl"], await UuidsAsync(Query(new FieldPredicate("function", PredicateOperator.Exists, null, 1))));
        Assert.Equal(["cpp"], await UuidsAsync(Query(new FieldPredicate("module", PredicateOperator.Exact, "ntdll.dll", 2))));
        Assert.Empty(await UuidsAsync(Query(new FieldPredicate("module", PredicateOperator.Exact, "ntdll.dll", 1))));
    }

    [Fact]
    public async Task Hits_can_carry_the_frames_of_the_crashing_thread()
    {
        await IndexStacksAsync();
        var result = await Index.SearchAsync(Query(new FieldPredicate("function", PredicateOperator.Match, "closure")) with { IncludeFrames = true }, Cancellation);
        var frames = Assert.Single(result.Hits).Frames;
        Assert.Equal(["std::rt::lang_start::<()>::{closure#0}", "core::ptr::write_volatile::<u8>", "js::gc::Sweep"], frames.Select(f => f.Function));
        Assert.Equal([0, 1, 2], frames.Select(f => f.Index));
    }
}
