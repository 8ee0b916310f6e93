namespace CrashSearch.Benchmarks.Postgres;

/// <summary>The shape of a statement's rows, which says how to turn them into <see cref="Queries.QueryAnswer"/> lines.</summary>
internal enum PostgresRows
{
    /// <summary>One row (count): the total.</summary>
    Total,

    /// <summary>(term, count) rows in order.</summary>
    Terms,

    /// <summary>(term, count, sub-term, sub-count) rows: each parent once, then its children.</summary>
    NestedTerms,

    /// <summary>(day text, count) rows in key order.</summary>
    Histogram,

    /// <summary>One row (count): a distinct count.</summary>
    Distinct,

    /// <summary>(uuid) rows in order.</summary>
    Hits,

    /// <summary>(line) rows: the answer's lines themselves, in order, for shapes the others do not cover.</summary>
    Lines,
}
