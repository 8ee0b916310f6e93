using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.Fields;

/// <summary>The catalogue against the facts of Socorro's 156 fields (<c>tests/Shared/socorro-fields.txt</c>).</summary>
public sealed class SocorroFieldTests
{
    static readonly FieldCatalogue Catalogue = FieldCatalogue.Default;

    [Fact]
    public void The_list_of_Socorro_fields_is_the_whole_list()
    {
        Assert.Equal(156, SocorroField.All.Count);
    }

    [Fact]
    public void Every_Socorro_field_is_in_the_catalogue_with_its_query_type_source_and_permission()
    {
        var wrong = new List<string>();
        foreach (var socorro in SocorroField.All)
        {
            if (Catalogue.Find(socorro.Name) is not { } field)
            {
                wrong.Add($"{socorro.Name}: missing");
                continue;
            }
            if (!string.Equals(field.QueryType.ToString(), socorro.QueryType, StringComparison.OrdinalIgnoreCase))
                wrong.Add($"{socorro.Name}: query type {field.QueryType}, Socorro's is {socorro.QueryType}");
            if ("processed_crash." + field.Source != socorro.SourceKey)
                wrong.Add($"{socorro.Name}: source {field.Source}, Socorro's is {socorro.SourceKey}");
            if (field.Protected != socorro.Protected)
                wrong.Add($"{socorro.Name}: protected {field.Protected}, Socorro's is {socorro.Protected}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_Socorro_field_is_indexed_as_Socorro_stores_it()
    {
        var wrong = new List<string>();
        foreach (var socorro in SocorroField.All)
        {
            var field = Catalogue[socorro.Name];
            var fits = socorro.StorageType switch
            {
                "text" => field.Type == FieldType.Text == socorro.HasFullVersion
                    || (!socorro.StoredAsSocorroStoresIt && field.Type == FieldType.Keyword),
                "keyword" => field.Type == FieldType.Keyword,
                // useragent_locale was a single keyword before the catalogue grew; it keeps its behaviour.
                "semicolon_keywords" => field.Type == FieldType.Keyword
                    && (field is { MultiValued: true, Separator: ";" } || field.Name == "useragent_locale"),
                "integer" or "short" => field.Type is FieldType.Integer or FieldType.Long,
                "long" => field.Type == FieldType.Long,
                "double" => field.Type == FieldType.Double,
                "boolean" => field.Type == FieldType.Boolean,
                "date" => field.Type == FieldType.Date,
                _ => false,
            };
            if (!fits)
                wrong.Add($"{socorro.Name}: {field.Type}, Socorro stores {socorro.StorageType}");
            if (!field.Returnable)
                wrong.Add($"{socorro.Name}: not returned, Socorro returns it");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_fields_only_we_have_stay()
    {
        var socorro = SocorroField.All.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var ours = Catalogue.Fields.Select(f => f.Name).Where(n => !socorro.Contains(n)).Order(StringComparer.Ordinal);
        Assert.Equal(["email", "function", "module", "source_file"], ours);
    }

    [Fact]
    public void A_query_type_that_does_not_fit_the_field_type_is_refused()
    {
        var json = """
            {"fields":[{"name":"uuid","type":"keyword","source":"uuid"},
            {"name":"date","type":"date","source":"date_processed"},
            {"name":"uptime","type":"long","queryType":"string","source":"uptime"}]}
            """;
        var error = Assert.Throws<CatalogueException>(() => FieldCatalogue.Parse(json));
        Assert.Contains("'uptime'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_without_a_query_type_gets_the_one_Socorro_gives_its_type()
    {
        Assert.Equal(QueryType.String, Catalogue["signature"].QueryType);
        Assert.Equal(QueryType.Enum, Catalogue["product"].QueryType);
        Assert.Equal(QueryType.Integer, Catalogue["uptime"].QueryType);
        Assert.Equal(QueryType.Float, Catalogue["uptime_ts"].QueryType);
        Assert.Equal(QueryType.Enum, Catalogue["addons_checked"].QueryType);
    }
}
