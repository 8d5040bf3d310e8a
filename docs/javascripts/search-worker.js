// Material's search worker, loaded unchanged, with two fixes for readers:
// - lunr's query lexer splits words on its built-in separator, not on the
//   one in mkdocs.yml, so "IL-6" became "IL" and "6"; make it use ours.
// - Material adds a trailing wildcard to every word, and lunr skips its
//   stop word filter for wildcard terms, so "is" matched "ISCT" and "issue";
//   drop stop words from a query before Material reads it.
// - a trailing wildcard also makes an abbreviation such as "EV" match
//   "every" and "evidence"; match a two- or three-letter abbreviation in
//   capitals as itself or its plural instead ("EV~0 EVs~0").
// - a query with no result is tried once more with lunr's fuzzy matching
//   (one edit per word of five letters or more), so "homeostatis" finds
//   "homeostasis". Uses Material's own query syntax ("word~1").
// Started by lazy-search-worker.js as search-worker.js?material=<url>.
(function () {
  "use strict";
  var QUERY = 2; // Material's SearchMessageType
  var RESULT = 3;
  var post = self.postMessage.bind(self);
  var lastQuery = null;

  function fuzzy(query) {
    return query.split(/\s+/).map(function (word) {
      return /^[A-Za-z]{5,}$/.test(word) ? word + "~1" : word;
    }).join(" ");
  }

  function withoutStopWords(query) {
    var words = query.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (word) {
      return !/^[A-Za-z']+$/.test(word) || self.lunr.stopWordFilter(word.toLowerCase()) !== undefined;
    });
    return kept.length ? kept.join(" ") : query;
  }

  function exactAbbreviations(query) {
    return query.replace(/(^|\s)([A-Z]{2,3})(?=\s|$)/g, "$1$2~0 $2s~0");
  }

  // Registered before Material's own listener, so it sees the query first.
  self.addEventListener("message", function (event) {
    if (event.data && event.data.type === QUERY) {
      event.data.data = exactAbbreviations(withoutStopWords(event.data.data));
      lastQuery = event.data.data;
    }
  });

  // Results of a fuzzy retry matched every word, if only approximately:
  // don't let Material strike the typed word through as "missing".
  function allTermsFound(items) {
    items.forEach(function (group) {
      group.forEach(function (item) {
        Object.keys(item.terms).forEach(function (term) { item.terms[term] = true; });
      });
    });
  }

  self.postMessage = function (message) {
    var isResult = message && message.type === RESULT;
    var retry = lastQuery && fuzzy(lastQuery);
    if (isResult && !message.data.items.length && retry && retry !== lastQuery) {
      lastQuery = null;
      self.dispatchEvent(new MessageEvent("message", { data: { type: QUERY, data: retry } }));
      return;
    }
    if (isResult && lastQuery && /~1(\s|$)/.test(lastQuery)) allTermsFound(message.data.items);
    post(message);
  };

  importScripts(new URL(location.href).searchParams.get("material"));

  Object.defineProperty(self.lunr.QueryLexer, "termSeparator", {
    get: function () { return self.lunr.tokenizer.separator; }
  });
})();
