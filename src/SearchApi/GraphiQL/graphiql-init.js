// Starts GraphiQL against this server's /graphql. Kept out of index.html because the page's
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  var exampleQuery = [
    '# Top crash signatures of the last 7 days, with their platforms and a daily histogram.',
    '# Protected fields need an API key: {"Authorization": "Bearer <key>"} in the Headers tab below.',
    'query TopSignatures {',
    '  crashes(first: 5) {',
    '    totalCount',
    '    edges { node { uuid date signature product version } }',
    '    pageInfo { hasNextPage endCursor }',
    '    facet(field: SIGNATURE, size: 10) {',
    '      term',
    '      count',
    '      platforms: facet(field: PLATFORM, size: 3) { term count }',
    '    }',
    '    perDay: histogram(field: DATE, interval: "day") { key count }',
    '  }',
    '}',
    ''
  ].join('\n');

  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: exampleQuery,
    defaultEditorToolsVisibility: true
  }));
})();
