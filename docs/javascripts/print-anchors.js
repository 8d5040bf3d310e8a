// /print/ lays out only the pages near the view (content-visibility in
// extra.css), so a jump further down would land short: the pages passed
// over grow from their estimated height once drawn. Before a jump to an
// anchor, lay out every page; then go to the anchor.
(function () {
  "use strict";
  function layOutEveryPage() {
    document.documentElement.classList.add("print-laid-out");
  }

  function goToAnchor() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    layOutEveryPage();
    target.scrollIntoView();
  }

  // Before the browser follows a link within the page, so it lands right.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (link && link.getAttribute("href").length > 1) layOutEveryPage();
  }, true);
  // Addresses opened with an anchor, Back and Forward, and links set by script.
  window.addEventListener("hashchange", goToAnchor);
  if (location.hash) goToAnchor();
})();
