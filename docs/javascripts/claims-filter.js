// Filters on /claims/: show only the claims, in the list and in the matrix,
// that match the chosen post, topic and verdict. The choice is kept in the
// address (?source=…&topic=…&verdict=…), so a filtered view can be shared,
// bookmarked and restored with Back. Without JavaScript the form stays
// hidden and every claim shows. Plain <select> elements keep it usable by
// keyboard and screen reader; a polite live region announces the count.
(function () {
  "use strict";
  var form = document.getElementById("claim-filters");
  if (!form) return;
  var KEYS = ["source", "topic", "verdict"];
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var entries = Array.prototype.slice.call(document.querySelectorAll(".matrix-claims li"));
  var matrix = document.querySelector(".claims-matrix");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".claims-matrix tbody tr"));
  var postColumns = Array.prototype.slice.call(document.querySelectorAll(".claims-matrix [data-source]"));
  var topics = Array.prototype.slice.call(document.querySelectorAll("section.claim-topic"));
  var status = form.querySelector(".claim-filters__status");
  var none = document.getElementById("no-claims-match");
  var intro = document.querySelector(".claims-shown");

  function chosen() {
    var wanted = {};
    KEYS.forEach(function (key) { wanted[key] = form.elements[key].value; });
    return wanted;
  }

  // A matrix entry takes its post from its cell and its topic from its row.
  function matches(element, wanted) {
    return KEYS.every(function (key) {
      var holder = element.closest("[data-" + key + "]");
      return !wanted[key] || (holder && holder.dataset[key] === wanted[key]);
    });
  }

  function show(wanted) {
    var shown = 0;
    claims.forEach(function (claim) {
      claim.hidden = !matches(claim, wanted);
      if (!claim.hidden) shown += 1;
    });
    entries.forEach(function (entry) { entry.hidden = !matches(entry, wanted); });
    showMatrix(wanted, shown);
    topics.forEach(function (topic) {
      topic.hidden = !topic.querySelector("article.claim:not([hidden])");
    });
    none.hidden = shown > 0;
    status.textContent = "Showing " + shown + " of " + claims.length + " claims.";
    // An address can point to a claim that these filters hide: say so.
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var claim = target && target.closest("article.claim");
    if (claim && claim.hidden) {
      status.textContent += " The claim this address points to is hidden by the filters; choose \u201cShow all claims\u201d to see it.";
    }
    // The list's own introduction counts what it shows, too.
    if (intro) {
      intro.textContent = shown === claims.length ? "All " + shown + " claims" : shown + " of " + claims.length + " claims";
    }
  }

  // The matrix keeps only the chosen post's column and the topics with a
  // matching claim; a cell emptied by the filters says so.
  function showMatrix(wanted, shown) {
    var filtering = KEYS.some(function (key) { return wanted[key]; });
    postColumns.forEach(function (column) {
      column.hidden = Boolean(wanted.source) && column.dataset.source !== wanted.source;
    });
    rows.forEach(function (row) {
      row.hidden = filtering && !row.querySelector(".matrix-claims li:not([hidden])");
      Array.prototype.forEach.call(row.querySelectorAll(".matrix-claims"), function (list) {
        var none = list.parentNode.querySelector(".matrix-none");
        var empty = !list.querySelector("li:not([hidden])");
        if (empty && !none) {
          none = document.createElement("p");
          none.className = "matrix-none";
          none.textContent = "No claim matches the filters.";
          list.parentNode.appendChild(none);
        }
        if (none) none.hidden = !empty;
      });
    });
    if (matrix) matrix.hidden = shown === 0;
  }

  // The address holds only known values, so a mistyped link shows all.
  function fromAddress() {
    var params = new URLSearchParams(location.search);
    KEYS.forEach(function (key) {
      var select = form.elements[key];
      var value = params.get(key) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      select.value = known ? value : "";
    });
    show(chosen());
  }

  function toAddress() {
    var wanted = chosen();
    var params = new URLSearchParams(location.search);
    KEYS.forEach(function (key) {
      if (wanted[key]) params.set(key, wanted[key]);
      else params.delete(key);
    });
    var query = params.toString();
    history.pushState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    show(wanted);
  }

  form.hidden = false;
  form.addEventListener("change", toAddress);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  // Reset clears the selects after this event; update once it has.
  form.addEventListener("reset", function () { setTimeout(toAddress, 0); });
  window.addEventListener("popstate", fromAddress);
  fromAddress();
})();
