using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Tests.Semantics;

public sealed class SymbolAnalyzerTests
{
    static List<string> Words(string symbol) => SymbolWords.Split(symbol).Select(w => w.Text).ToList();

    [Fact]
    public void Cpp_method_splits_on_scopes_and_camel_case()
    {
        Assert.Equal(["mozilla", "dom", "element", "getattr", "get", "attr", "int"],
            Words("mozilla::dom::Element::GetAttr(int)"));
    }

    [Fact]
    public void Cpp_templates_split_on_angle_brackets()
    {
        Assert.Equal(["std", "vector", "int", "push_back", "push", "back"], Words("std::vector<int>::push_back"));
    }

    [Fact]
    public void Anonymous_namespace_quotes_are_separators()
    {
        Assert.Equal(["anonymous", "namespace", "crashfunction", "crash", "function"],
            Words("`anonymous namespace'::CrashFunction"));
    }

    [Fact]
    public void Rust_generics_and_closures_split()
    {
        Assert.Equal(["std", "rt", "lang_start", "lang", "start", "closure", "0"],
            Words("std::rt::lang_start::<()>::{closure#0}"));
        Assert.Equal(["core", "ptr", "write_volatile", "write", "volatile", "u8"],
            Words("core::ptr::write_volatile::<u8>"));
    }

    [Fact]
    public void Java_inner_classes_split_on_dollar()
    {
        Assert.Equal(["org", "mozilla", "gecko", "geckoapp", "gecko", "app", "1", "run"],
            Words("org.mozilla.gecko.GeckoApp$1.run"));
    }

    [Fact]
    public void Windows_and_unix_paths_split_on_slashes()
    {
        Assert.Equal(["c", "test_app", "test", "app", "cc"], Words(@"c:\test_app.cc"));
        Assert.Equal(["rustc", "abc123", "library", "std", "src", "rt", "rs"],
            Words("/rustc/abc123/library/std/src/rt.rs"));
    }

    [Fact]
    public void Acronyms_keep_together_before_the_next_word()
    {
        Assert.Equal(["htmlelement", "html", "element"], Words("HTMLElement"));
    }

    [Fact]
    public void Parts_share_the_position_of_their_identifier()
    {
        using var analyzer = new CrashAnalyzer(FieldCatalogue.Default);
        var tokens = analyzer.Tokens(FieldCatalogue.Default["function"], "js::gc::GCRuntime::collect");
        Assert.Equal(
            [("js", 1), ("gc", 1), ("gcruntime", 1), ("gc", 0), ("runtime", 0), ("collect", 1)],
            tokens);
    }
}
