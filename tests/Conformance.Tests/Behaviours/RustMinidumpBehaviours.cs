using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>The four real rust-minidump stacks, found by symbol words, prefix, regex and module.</summary>
public abstract class RustMinidumpBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    const string Evil = "json-pretty-evil-symbols";
    const string Symbols = "json-pretty-symbols";
    const string Linux = "linux-json-pretty";
    const string Macos = "macos-inlines-json-pretty";

    // Listing order is newest first, so the expected lists below read in this order.
    Task IndexStacksAsync() => IndexAsync([.. RustMinidumpStacks.Files.Select(RustMinidumpStacks.Wrap)]);

    [Theory]
    [InlineData("function=anonymous namespace CrashFunction", Evil + "," + Symbols)]
    [InlineData("function=CrashFunction", Evil + "," + Symbols)]
    [InlineData("function==`anonymous namespace'::CrashFunction", Evil + "," + Symbols)]
    [InlineData("function=__tmainCRTStartup", Evil + "," + Symbols)]
    [InlineData("function=sadness generator", Macos)]
    [InlineData("function=^sadness_generator::", Macos)]
    [InlineData("function=^crash_client::main", Macos)]
    [InlineData("function=closure", Macos)]
    [InlineData("function=lang_start", Macos)]
    [InlineData("function=rust_begin_short_backtrace", Macos)]
    [InlineData("function=@std::rt::lang_start::\"<()>::{closure#0}\"", Macos)]
    [InlineData("function=@.*backtrace::.*\"<fn(), ()>\"", Macos)]
    [InlineData("function=@sadness_generator::raise_[a-z]+", Macos)]
    [InlineData("function=~raise_segfault", Macos)]
    [InlineData("function=main", Evil + "," + Symbols + "," + Macos)]
    [InlineData("module==libc-2.23.so", Linux)]
    [InlineData("module==crash", Linux)]
    [InlineData("module=libdyld", Macos)]
    [InlineData("module=kernel32", Evil + "," + Symbols)]
    [InlineData("source_file=~sadness-generator/src/lib.rs", Macos)]
    [InlineData("source_file=test_app", Evil + "," + Symbols)]
    [InlineData("function=__null__", Linux)]
    [InlineData("reason=SIGSEGV", Linux)]
    [InlineData("reason=EXC_BAD_ACCESS", Macos)]
    public async Task The_real_stacks_are_found_by_their_crashing_thread(string query, string expected)
    {
        await IndexStacksAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Fact]
    public async Task Free_text_finds_a_real_stack_by_a_symbol_word()
    {
        await IndexStacksAsync();
        Assert.Equal([Macos], (await SearchBoxAsync("raise_segfault")).Uuids);
        Assert.Equal([Evil, Symbols], (await SearchBoxAsync("function:CrashFunction -module:libdyld")).Uuids);
    }

    [Fact]
    public async Task The_crashing_thread_frames_come_back_in_order()
    {
        await IndexStacksAsync();
        var answer = await SuperSearchAsync("_columns=function&function=^sadness_generator");
        Assert.Equal(
            ["sadness_generator::raise_segfault", "crash_client::main", "std::sys_common::backtrace::__rust_begin_short_backtrace::<fn(), ()>",
             "std::rt::lang_start::<()>::{closure#0}", "std::rt::lang_start_internal", "main"],
            Assert.Single(answer.Result.Hits).Fields["function"]);
    }
}
