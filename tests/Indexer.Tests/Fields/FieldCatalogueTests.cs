using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.Fields;

public sealed class FieldCatalogueTests
{
    [Fact]
    public void The_shipped_catalogue_declares_the_stack_frame_fields()
    {
        var catalogue = FieldCatalogue.Default;
        Assert.Equal("function", catalogue["function"].FrameProperty);
        Assert.Equal("file", catalogue["source_file"].FrameProperty);
        Assert.True(catalogue["url"].Protected);
        Assert.Equal(FieldType.Date, catalogue["date"].Type);
    }

    [Fact]
    public void A_field_declared_twice_is_refused()
    {
        var json = """{"fields":[{"name":"uuid","type":"keyword","source":"uuid"},{"name":"uuid","type":"keyword","source":"uuid"},{"name":"date","type":"date","source":"date_processed"}]}""";
        var error = Assert.Throws<CatalogueException>(() => FieldCatalogue.Parse(json));
        Assert.Contains("declared twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_is_refused()
    {
        var json = """{"fields":[{"name":"uuid","type":"blob","source":"uuid"}]}""";
        Assert.Throws<CatalogueException>(() => FieldCatalogue.Parse(json));
    }
}
