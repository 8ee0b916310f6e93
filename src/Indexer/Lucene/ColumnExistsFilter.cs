using CrashSearch.Indexer.Fields;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Documents that have a value of <paramref name="field"/>, a field with doc values, read from its cached column of
/// each segment. Such fields have no <see cref="LuceneFields.EXISTS"/> term: a crash has a value exactly when it has
/// a doc value, and the terms would cost every crash as much as a word of its stack.
/// </summary>
internal sealed class ColumnExistsFilter(FieldDefinition field, ColumnCache columns) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        var maxDoc = reader.MaxDoc;
        FixedBitSet? docs = null;
        if (field.IsString)
        {
            var (ordinals, starts) = columns.Ordinals(reader, field);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                var has = starts is null ? ordinals[doc] >= 0 : starts[doc + 1] > starts[doc];
                if (has && (acceptDocs is null || acceptDocs.Get(doc)))
                    (docs ??= new FixedBitSet(maxDoc)).Set(doc);
            }
            return docs;
        }
        var column = columns.Values(reader, field);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (column.Has(doc) && (acceptDocs is null || acceptDocs.Get(doc)))
                (docs ??= new FixedBitSet(maxDoc)).Set(doc);
        }
        return docs;
    }

    public override string ToString() => $"_exists:{field.Name}";
}
