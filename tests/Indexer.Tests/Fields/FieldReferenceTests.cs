using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.Fields;

public sealed class FieldReferenceTests
{
    [Fact]
    public void Docs_fields_md_is_generated_from_the_catalogue()
    {
        var page = FieldReference.ToMarkdown(FieldCatalogue.Default);
        Assert.Contains("| `function` | text (symbol) | string | `@frames.function` |", page, StringComparison.Ordinal);
        RepositoryFiles.AssertMatchesSnapshot("docs/fields.md", page);
    }

    [Fact]
    public void The_embedded_catalogue_equals_schema_fields_json()
    {
        var onDisk = FieldCatalogue.Load(RepositoryFiles.PathOf("schema/fields.json"));
        Assert.Equal(onDisk.Fields, FieldCatalogue.Default.Fields);
    }
}
