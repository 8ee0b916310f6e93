using System.Globalization;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// The state of parsing one SuperSearch request: each parameter is read into it, then it gives the
/// <see cref="CrashQuestion"/> that <see cref="CrashQueryBuilder"/> turns into the query.
/// </summary>
internal sealed class SuperSearchRequest
{
    const string AggsPrefix = "_aggs.";
    public const string StrictParameter = "_strict";
    public const string ReturnQueryParameter = "_return_query";

    readonly FieldCatalogue _catalogue;
    readonly SearchLimits _limits;
    readonly ProtectedFieldGate _gate;
    readonly AggregationTreeBuilder _aggregations;
    readonly HistogramIntervals _intervals;
    readonly List<QueryNode> _filters = [];
    readonly List<SortField> _sort = [];
    readonly List<string> _search = [];
    IReadOnlyList<string> _dateValues = [];
    List<string>? _columns;
    int? _size;
    int _offset;
    int? _facetsSize;

    /// <summary>How SuperSearch calls the parts of a question.</summary>
    static readonly ParameterNames Names = new()
    {
        Search = "_query",
        Window = "date",
        Size = "_results_number",
        Offset = "_results_offset",
        FacetSize = "_facets_size",
        HistogramIntervalPrefix = HistogramIntervals.Prefix,
    };

    public SuperSearchRequest(FieldCatalogue catalogue, SearchLimits limits, bool canReadProtected)
    {
        _catalogue = catalogue;
        _limits = limits;
        _gate = new ProtectedFieldGate(canReadProtected, Errors);
        _aggregations = new AggregationTreeBuilder(catalogue, limits, _gate);
        _intervals = new HistogramIntervals(catalogue, _gate);
    }

    public List<string> Errors { get; } = [];

    /// <summary>Names of the parameters that are neither a field nor an option, in request order.</summary>
    public List<string> Unknown { get; } = [];

    /// <summary>The request's <c>_strict</c>, or null when it did not say.</summary>
    public bool? Strict { get; private set; }

    /// <summary>Whether the request asked for the query instead of its results (<c>_return_query</c>).</summary>
    public bool ReturnQuery { get; private set; }

    FieldDefinition DateField => _catalogue["date"];

    /// <summary>Reads every parameter; the window, page and aggregation limits are the builder's to check.</summary>
    public CrashQuestion Read(SuperSearchParameters parameters)
    {
        if (!parameters.Contains("_facets"))
            _aggregations.AddTopLevel("signature", "_facets");
        foreach (var (name, values) in parameters.Groups)
            ReadParameter(name, values);
        var dateRanges = DateParameter.Read(DateField, _dateValues, _limits, Errors);
        _intervals.ReportUnused(_aggregations, Errors);
        var facetsSize = _facetsSize ?? _limits.DefaultFacetsSize;
        return new CrashQuestion
        {
            Search = _search,
            Filters = _filters,
            DateRanges = dateRanges,
            Sort = _sort,
            Size = _size ?? _limits.DefaultResultsNumber,
            Offset = _offset,
            Columns = _columns ?? CrashQuery.DefaultColumns,
            Aggregations = facetsSize == 0 ? [] : _aggregations.Build(facetsSize, _intervals.ByField),
            Parameters = Names,
        };
    }

    void ReadParameter(string name, List<string> values)
    {
        if (string.Equals(name, DateField.Name, StringComparison.Ordinal))
            _dateValues = values;
        else if (_catalogue.Find(name) is { } field)
            ReadFilter(field, values, name, null);
        else if (TopFramesSuffix.Split(name) is { } framed && _catalogue.Find(framed.Field) is { } frameField)
            ReadFilter(frameField, values, name, TopFramesSuffix.Parse(frameField, framed.Count, name));
        else if (name.StartsWith(AggsPrefix, StringComparison.Ordinal))
            _aggregations.AddChain(name[AggsPrefix.Length..].Split('.'), values, name);
        else if (name.StartsWith(HistogramIntervals.Prefix, StringComparison.Ordinal))
            _intervals.Read(name, values);
        else if (name.StartsWith(AggregationTreeBuilder.HistogramPrefix, StringComparison.Ordinal))
            _aggregations.AddHistogram(name[AggregationTreeBuilder.HistogramPrefix.Length..], values, name);
        else if (name.StartsWith(AggregationTreeBuilder.CardinalityPrefix, StringComparison.Ordinal))
            ReadCardinality(name, values);
        else
            ReadOption(name, values);
    }

    void ReadOption(string name, List<string> values)
    {
        switch (name)
        {
            case "_columns":
                _columns = [.. ReadColumns(values)];
                break;
            case "_sort":
                ReadSort(values);
                break;
            case "_facets":
                foreach (var spec in values.SelectMany(AggregationTreeBuilder.SplitList))
                    _aggregations.AddTopLevel(spec, name);
                break;
            case "_facets_size":
                _facetsSize = ReadInt(name, values) ?? _facetsSize;
                break;
            case "_results_number":
                _size = ReadInt(name, values) ?? _size;
                break;
            case "_results_offset":
                _offset = ReadInt(name, values) ?? _offset;
                break;
            case "_query":
                // The search-box syntax, ANDed with the other parameters; the builder parses it, its top-level date
                // ranges join the date parameter's, and protected fields in it are withheld with the others.
                _search.AddRange(values);
                break;
            case StrictParameter:
                Strict = ReadBoolean(name, values);
                break;
            case ReturnQueryParameter:
                ReturnQuery = ReadBoolean(name, values);
                break;
            default:
                Unknown.Add(name);
                Errors.Add(QueryErrors.UnknownParameter(name));
                break;
        }
    }

    void ReadFilter(FieldDefinition field, List<string> values, string parameter, int? maxFrame)
    {
        if (!_gate.Allows(field, $"the {field.Name} filter"))
            return;
        if (FieldFilterBuilder.Build(field, values, _limits, Errors, parameter, maxFrame) is { } node)
            _filters.Add(node);
    }

    IEnumerable<string> ReadColumns(List<string> values)
    {
        var columns = new List<string>();
        foreach (var item in values.SelectMany(AggregationTreeBuilder.SplitList))
        {
            var field = FieldFor("_columns", item);
            if (!field.Returnable)
                throw QueryErrors.Invalid("_columns", $"field '{field.Name}' cannot be returned.");
            if (_gate.Allows(field, "_columns") && !columns.Contains(field.Name, StringComparer.Ordinal))
                columns.Add(field.Name);
        }
        return columns;
    }

    void ReadSort(List<string> values)
    {
        foreach (var item in values.SelectMany(AggregationTreeBuilder.SplitList))
        {
            var descending = item.StartsWith('-');
            var field = FieldFor("_sort", descending ? item[1..] : item);
            if (!field.Sortable)
                throw QueryErrors.Invalid("_sort", $"field '{field.Name}' cannot be sorted on.");
            if (_gate.Allows(field, "_sort") && !_sort.Exists(s => string.Equals(s.Field, field.Name, StringComparison.Ordinal)))
                _sort.Add(new SortField(field.Name, descending));
        }
    }

    FieldDefinition FieldFor(string parameter, string name) =>
        _catalogue.Find(name) ?? throw QueryErrors.Invalid(parameter, $"unknown field {QueryErrors.Quote(name)}.");

    void ReadCardinality(string name, List<string> values)
    {
        _aggregations.AddTopLevel(name, name);
        if (values.Exists(v => v.Length > 0))
        {
            Errors.Add($"the value of parameter {QueryErrors.Quote(name)} was ignored: "
                + "the parameter alone asks for the distinct count");
        }
    }

    /// <summary>A yes or no (<c>true/false/t/f/1/0/yes/no</c>); a bare <c>_return_query</c> means yes.</summary>
    static bool ReadBoolean(string name, List<string> values)
    {
        var text = SuperSearchParameters.Single(name, values);
        if (text.Length == 0)
            return true;
        if (!FieldValueParser.TryParseBoolean(text, out var value))
        {
            throw QueryErrors.Invalid(name,
                $"{QueryErrors.Quote(text)} is not a boolean (true/false, t/f, 1/0, yes/no).");
        }
        return value;
    }

    /// <summary>A whole number from 0; the builder checks it against the limits, naming the parameter.</summary>
    int? ReadInt(string name, List<string> values)
    {
        var text = SuperSearchParameters.Single(name, values);
        if (text.Length == 0)
        {
            Errors.Add(QueryErrors.EmptyValue(name));
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw QueryErrors.Invalid(name, $"{QueryErrors.Quote(text)} is not a whole number (0 or more).");
        return value;
    }
}
