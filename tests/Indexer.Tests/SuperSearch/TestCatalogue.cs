using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.SuperSearch;

/// <summary>A small catalogue with the field shapes the default one lacks (double, a second date, protected numbers, non-returnable).</summary>
internal static class TestCatalogue
{
    public static readonly FieldCatalogue Instance = FieldCatalogue.Parse("""
        {"fields": [
          {"name": "uuid", "type": "keyword", "source": "uuid", "facetable": false},
          {"name": "date", "type": "date", "source": "date_processed", "facetable": false},
          {"name": "signature", "type": "text", "source": "signature"},
          {"name": "product", "type": "text", "source": "product"},
          {"name": "version", "type": "keyword", "source": "version"},
          {"name": "load", "type": "double", "source": "load"},
          {"name": "install_date", "type": "date", "source": "install_date"},
          {"name": "secret_count", "type": "long", "source": "secret_count", "protected": true},
          {"name": "secret_date", "type": "date", "source": "secret_date", "protected": true},
          {"name": "url", "type": "keyword", "source": "url", "protected": true},
          {"name": "internal_note", "type": "keyword", "source": "internal_note", "returnable": false, "facetable": false}
        ]}
        """);
}
