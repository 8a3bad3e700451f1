// Starts GraphiQL with the configuration the Go handler put into the page.
// Loaded after react, react-dom and graphiql's UMD bundles; everything comes
// from the same origin, so the page works with no network access.
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('hague-graphiql-config').textContent);

  // GraphiQL keeps tabs in localStorage; the prefix changes with the examples,
  // so a server with new examples opens them instead of stale tabs.
  function prefixedStorage(prefix) {
    var ls;
    try {
      ls = window.localStorage;
      ls.getItem(prefix);
    } catch (e) {
      return null; // storage disabled: GraphiQL runs without persistence
    }
    return {
      getItem: function (k) { return ls.getItem(prefix + k); },
      setItem: function (k, v) { ls.setItem(prefix + k, v); },
      removeItem: function (k) { ls.removeItem(prefix + k); },
      clear: function () {
        for (var i = ls.length - 1; i >= 0; i--) {
          var k = ls.key(i);
          if (k && k.indexOf(prefix) === 0) ls.removeItem(k);
        }
      },
      get length() {
        var n = 0;
        for (var i = 0; i < ls.length; i++) if ((ls.key(i) || '').indexOf(prefix) === 0) n++;
        return n;
      },
    };
  }

  var storage = prefixedStorage('hague:' + cfg.storageKey + ':');
  var props = {
    fetcher: GraphiQL.createFetcher({
      url: window.location.pathname,
      enableIncrementalDelivery: false,
      headers: { Accept: 'application/graphql-response+json, application/json' },
    }),
    defaultQuery: cfg.defaultQuery,
    defaultTabs: cfg.tabs,
    defaultEditorToolsVisibility: cfg.tabs.some(function (t) { return !!t.variables; }),
    storage: storage,
  };
  // A link such as /graphql?query=...&variables=... opens that query.
  var params = new URLSearchParams(window.location.search);
  if (params.get('query')) props.query = params.get('query');
  if (params.get('variables')) props.variables = params.get('variables');
  // GraphiQL 3 opens the first tab's query but not its variables; on a first
  // visit (no saved tabs) hand them over. Later visits restore saved tabs.
  var firstVisit = !storage || storage.getItem('graphiql:tabState') === null;
  if (!props.query && firstVisit && cfg.tabs.length && cfg.tabs[0].variables) {
    props.variables = cfg.tabs[0].variables;
  }

  var root = document.getElementById('graphiql');
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
})();
