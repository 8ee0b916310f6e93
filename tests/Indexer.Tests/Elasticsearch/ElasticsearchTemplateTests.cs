using System.Text.Json.Nodes;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.Elasticsearch;

/// <summary>
/// The index template generated from the field catalogue, and its committed copy in
/// <c>schema/elasticsearch/index-template.json</c> (regenerate with <c>UPDATE_SNAPSHOTS=1</c>).
/// </summary>
public sealed class ElasticsearchTemplateTests
{
    static JsonObject Template() =>
        ElasticsearchIndexTemplate.Build(FieldCatalogue.Default, new ElasticsearchOptions(), TimeSpan.FromSeconds(1));

    [Fact]
    public void The_committed_template_is_what_the_catalogue_generates() =>
        RepositoryFiles.AssertMatchesSnapshot(
            "schema/elasticsearch/index-template.json", ElasticsearchIndexTemplate.ToText(Template()));

    [Fact]
    public void Text_fields_are_their_exact_keyword_twin_with_the_analysed_words_beside_them()
    {
        var properties = Template()["template"]!["mappings"]!["properties"]!;
        Assert.Equal("keyword", properties["signature"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword", properties["@words"]!["properties"]!["signature"]!["type"]!.GetValue<string>());
        Assert.Null(properties["@words"]!["properties"]!["version"]);
        Assert.Equal("long", properties["build_id"]!["type"]!.GetValue<string>());
        Assert.Equal("date", properties["@indexed"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Frames_are_nested_with_their_position_and_the_words_of_each_frame()
    {
        var frames = Template()["template"]!["mappings"]!["properties"]!["@frames"]!;
        Assert.Equal("nested", frames["type"]!.GetValue<string>());
        Assert.Equal("integer", frames["properties"]!["i"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword", frames["properties"]!["function"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword",
            frames["properties"]!["@words"]!["properties"]!["source_file"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Weekly_indices_of_the_prefix_join_the_read_alias()
    {
        var template = ElasticsearchIndexTemplate.Build(
            FieldCatalogue.Default, new ElasticsearchOptions { IndexPrefix = "crashes" }, TimeSpan.FromSeconds(1));
        Assert.Equal("crashes2*", template["index_patterns"]![0]!.GetValue<string>());
        Assert.NotNull(template["template"]!["aliases"]!["crashes"]);
    }

    [Fact]
    public void Another_catalogue_makes_another_template_version()
    {
        var catalogue = FieldCatalogue.Parse("""
            {"fields":[{"name":"uuid","source":"uuid","type":"keyword"},{"name":"date","source":"date_processed","type":"date"}]}
            """);
        var other = ElasticsearchIndexTemplate.Build(catalogue, new ElasticsearchOptions(), TimeSpan.FromSeconds(1));
        Assert.NotEqual(ElasticsearchIndexTemplate.CatalogueHash(Template()),
            ElasticsearchIndexTemplate.CatalogueHash(other));
    }
}
