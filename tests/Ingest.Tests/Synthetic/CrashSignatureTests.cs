using CrashSearch.Ingest.Synthetic;

namespace CrashSearch.Ingest.Tests.Synthetic;

public sealed class CrashSignatureTests
{
    [Theory]
    [InlineData("mozilla::dom::Element::GetAttr(int, nsAtom*, nsTSubstring<char16_t>&) const", "mozilla::dom::Element::GetAttr")]
    [InlineData("nsTArray_Impl<RefPtr<mozilla::dom::Element>, nsTArrayInfallibleAllocator>::AppendElement()", "nsTArray_Impl<T>::AppendElement")]
    [InlineData("std::rt::lang_start::<()>::{closure#0}", "std::rt::lang_start::<T>::{closure#0}")]
    [InlineData("<alloc::sync::Arc<T, A>>::drop_slow", "<alloc::sync::Arc<T, A>>::drop_slow")]
    [InlineData("`anonymous namespace'::CrashFunction", "`anonymous namespace'::CrashFunction")]
    [InlineData("org.mozilla.gecko.GeckoThread.run", "org.mozilla.gecko.GeckoThread.run")]
    public void Function_names_are_normalised_like_Socorro_signatures(string function, string expected) =>
        Assert.Equal(expected, CrashSignature.Normalize(function));

    [Fact]
    public void Panic_machinery_is_skipped_and_prefix_frames_are_kept()
    {
        StackSymbol[] frames =
        [
            StackSymbol.Gecko("RustMozCrash", "mozglue/static/rust/lib.rs"),
            StackSymbol.Verbatim("core::panicking::panic_fmt", ModuleRole.Xul, "core/src/panicking.rs"),
            StackSymbol.Verbatim("core::option::unwrap_failed", ModuleRole.Xul, "core/src/option.rs"),
            StackSymbol.Gecko("webrender::renderer::Renderer::render", "gfx/wr/webrender/src/renderer/mod.rs"),
            StackSymbol.Gecko("wr_renderer_render", "gfx/webrender_bindings/src/bindings.rs"),
        ];
        Assert.Equal("core::option::unwrap_failed | webrender::renderer::Renderer::render", CrashSignature.Build(frames, _ => "unused"));
    }

    [Fact]
    public void Frames_without_symbols_are_named_by_module_and_offset()
    {
        StackSymbol[] frames = [StackSymbol.Unsymbolised(ModuleRole.GfxDriver, 0x1a2b), StackSymbol.Gecko("mozilla::gfx::DrawTargetD2D1::Flush(bool)", "gfx/2d/DrawTargetD2D1.cpp")];
        Assert.Equal("nvwgf2umx.dll@0x1a2b | mozilla::gfx::DrawTargetD2D1::Flush", CrashSignature.Build(frames, f => $"nvwgf2umx.dll@0x{f.ModuleOffset:x}"));
    }
}
