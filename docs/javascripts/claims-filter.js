// Filters on /claims/: show only the claims that match the chosen source,
// topic and verdict. Without JavaScript the form stays hidden and every
// claim shows. Plain <select> elements keep it usable by keyboard and
// screen reader; a polite live region announces the count.
(function () {
  "use strict";
  var form = document.getElementById("claim-filters");
  if (!form) return;
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var topics = Array.prototype.slice.call(document.querySelectorAll("section.claim-topic"));
  var status = form.querySelector(".claim-filters__status");

  function apply() {
    var wanted = {
      source: form.elements.source.value,
      topic: form.elements.topic.value,
      verdict: form.elements.verdict.value
    };
    var shown = 0;
    claims.forEach(function (claim) {
      var match = Object.keys(wanted).every(function (key) {
        return !wanted[key] || claim.dataset[key] === wanted[key];
      });
      claim.hidden = !match;
      if (match) shown += 1;
    });
    topics.forEach(function (topic) {
      topic.hidden = !topic.querySelector("article.claim:not([hidden])");
    });
    status.textContent = "Showing " + shown + " of " + claims.length + " claims.";
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
