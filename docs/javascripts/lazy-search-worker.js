// Material starts its search worker (12 KB gzip, plus building the index)
// on every page load, yet most visits never search. Hand Material a stand-in
// that queues its messages and starts the real worker only when the reader
// first reaches for search, wrapped in search-worker.js (which fixes
// hyphenated words and retries a query that finds nothing with fuzzy
// matching). Loaded just before Material's bundle.
(function () {
  "use strict";
  var NativeWorker = window.Worker;
  if (!NativeWorker) return;
  var wrapper = document.currentScript.src.replace(/lazy-search-worker\.js(\?.*)?$/, "search-worker.js");

  function readerReachesForSearch(start) {
    function onFocus(event) {
      if (event.target.closest && event.target.closest("form[name=search]")) start();
    }
    function onToggle(event) {
      if (event.target.id === "__search" && event.target.checked) start();
    }
    document.addEventListener("focusin", onFocus);
    document.addEventListener("change", onToggle);
    return function stopListening() {
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("change", onToggle);
    };
  }

  function LazyWorker(url) {
    var standIn = new EventTarget();
    var queued = [];
    var worker = null;
    var stopListening = readerReachesForSearch(start);

    function start() {
      if (worker) return;
      stopListening();
      // The offline copy (file://) runs the worker in an iframe shim, where
      // the wrapper cannot load Material's script; it searches unwrapped.
      worker = location.protocol === "file:"
        ? new NativeWorker(url)
        : new NativeWorker(wrapper + "?material=" + encodeURIComponent(new URL(url, location.href).href));
      worker.addEventListener("message", function (event) {
        standIn.dispatchEvent(new MessageEvent("message", { data: event.data }));
      });
      queued.forEach(function (message) { worker.postMessage(message); });
      queued = null;
    }

    standIn.postMessage = function (message) {
      if (worker) worker.postMessage(message);
      else queued.push(message);
    };
    standIn.terminate = function () {
      stopListening();
      if (worker) worker.terminate();
    };
    return standIn;
  }

  window.Worker = function (url, options) {
    return /\/workers\/search\.[^/]*\.js$/.test(String(url))
      ? LazyWorker(url)
      : new NativeWorker(url, options);
  };
})();
