using System.Globalization;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.SearchBox;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>The state of parsing one SuperSearch request: each parameter is read into it, then it builds the query.</summary>
internal sealed class SuperSearchRequest
{
    const string AggsPrefix = "_aggs.";

    readonly FieldCatalogue _catalogue;
    readonly SuperSearchLimits _limits;
    readonly bool _canReadProtected;
    readonly ProtectedFieldGate _gate;
    readonly AggregationTreeBuilder _aggregations;
    readonly HistogramIntervals _intervals;
    readonly List<(FieldDefinition Field, QueryNode Node)> _filters = [];
    readonly List<SortField> _sort = [];
    readonly List<FieldPredicate> _dateRanges = [];
    IReadOnlyList<string> _dateValues = [];
    TimeWindow? _window;
    List<string>? _columns;
    int? _size;
    int _offset;
    int? _facetsSize;

    public SuperSearchRequest(FieldCatalogue catalogue, SuperSearchLimits limits, bool canReadProtected)
    {
        _catalogue = catalogue;
        _limits = limits;
        _canReadProtected = canReadProtected;
        _gate = new ProtectedFieldGate(canReadProtected, Errors);
        _aggregations = new AggregationTreeBuilder(catalogue, limits, _gate);
        _intervals = new HistogramIntervals(catalogue, _gate);
    }

    public List<string> Errors { get; } = [];

    FieldDefinition DateField => _catalogue["date"];

    int Size => _size ?? _limits.DefaultResultsNumber;

    public void Read(SuperSearchParameters parameters, DateTimeOffset now)
    {
        if (!parameters.Contains("_facets"))
            _aggregations.AddTopLevel("signature", "_facets");
        foreach (var (name, values) in parameters.Groups)
            ReadParameter(name, values);
        _window = TimeWindow.Parse(DateField, _dateValues, _limits, _dateRanges, now, Errors);
        if (_offset + Size > _limits.MaxResultWindow)
            throw SuperSearchErrors.Invalid("_results_offset", $"_results_offset + _results_number ({_offset} + {Size}) exceeds {_limits.MaxResultWindow}; page deeper with GraphQL cursors.");
        _intervals.Check(_aggregations, DateField, _window, _limits, Errors);
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
                _facetsSize = ReadInt(name, values, _limits.MaxFacetsSize) ?? _facetsSize;
                break;
            case "_results_number":
                _size = ReadInt(name, values, _limits.MaxResultsNumber) ?? _size;
                break;
            case "_results_offset":
                _offset = ReadInt(name, values, _limits.MaxResultWindow) ?? _offset;
                break;
            case "_query":
                ReadSearchBox(name, values);
                break;
            default:
                Errors.Add(SuperSearchErrors.UnknownParameter(name));
                break;
        }
    }

    void ReadFilter(FieldDefinition field, List<string> values, string parameter, int? maxFrame)
    {
        if (!_gate.Allows(field, $"the {field.Name} filter"))
            return;
        if (FieldFilterBuilder.Build(field, values, _limits, Errors, parameter, maxFrame) is { } node)
            _filters.Add((field, node));
    }

    /// <summary>
    /// The search-box syntax, ANDed with the other parameters; its top-level date ranges join the <c>date</c>
    /// parameter's in setting the window. Protected fields in it are removed by the final redaction.
    /// </summary>
    void ReadSearchBox(string name, List<string> values)
    {
        var parser = new SearchBoxParser(_catalogue, _limits);
        foreach (var text in values)
        {
            var parsed = parser.Parse(text, name);
            _dateRanges.AddRange(parsed.DateRanges);
            if (parsed.Filter is { } filter)
                _filters.Add((DateField, filter));
        }
    }

    IEnumerable<string> ReadColumns(List<string> values)
    {
        var columns = new List<string>();
        foreach (var item in values.SelectMany(AggregationTreeBuilder.SplitList))
        {
            var field = FieldFor("_columns", item);
            if (!field.Returnable)
                throw SuperSearchErrors.Invalid("_columns", $"field '{field.Name}' cannot be returned.");
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
                throw SuperSearchErrors.Invalid("_sort", $"field '{field.Name}' cannot be sorted on.");
            if (_gate.Allows(field, "_sort") && !_sort.Exists(s => string.Equals(s.Field, field.Name, StringComparison.Ordinal)))
                _sort.Add(new SortField(field.Name, descending));
        }
    }

    FieldDefinition FieldFor(string parameter, string name) =>
        _catalogue.Find(name) ?? throw SuperSearchErrors.Invalid(parameter, $"unknown field {SuperSearchErrors.Quote(name)}.");

    void ReadCardinality(string name, List<string> values)
    {
        _aggregations.AddTopLevel(name, name);
        if (values.Exists(v => v.Length > 0))
            Errors.Add($"the value of parameter {SuperSearchErrors.Quote(name)} was ignored: the parameter alone asks for the distinct count");
    }

    int? ReadInt(string name, List<string> values, int max)
    {
        var text = SuperSearchParameters.Single(name, values);
        if (text.Length == 0)
        {
            Errors.Add(SuperSearchErrors.EmptyValue(name));
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > max)
            throw SuperSearchErrors.Invalid(name, $"{SuperSearchErrors.Quote(text)} is not a whole number from 0 to {max}.");
        return value;
    }

    public CrashQuery Build()
    {
        var window = _window ?? throw new InvalidOperationException("Read the parameters before building the query.");
        var facetsSize = _facetsSize ?? _limits.DefaultFacetsSize;
        var order = _catalogue.Fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var parts = _filters
            .Concat(window.Edges.Select(e => (Field: DateField, Node: (QueryNode)e)))
            .OrderBy(p => order[p.Field.Name])
            .SelectMany(p => p.Node is AllOf all ? all.Children : [p.Node])
            .ToList();
        return new CrashQuery
        {
            Filter = parts.Count switch { 0 => null, 1 => parts[0], _ => new AllOf(parts) },
            From = window.From,
            To = window.To,
            Sort = _sort,
            Size = Size,
            Offset = _offset,
            Columns = _columns ?? CrashQuery.DefaultColumns,
            Aggregations = facetsSize == 0 ? [] : _aggregations.Build(facetsSize, _intervals.ByField),
            CanReadProtected = _canReadProtected,
        };
    }
}
