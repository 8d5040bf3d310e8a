// A link's title (a glossary term's short definition, a citation's
// reference) shown in a small box on hover and on keyboard focus. One
// listener for the whole page and one box, made on first use: Material's
// own tooltips (content.tooltips) set up every titled link as the page
// loads, which cost phones 150 ms of blocking script on /claims/ (see
// tests/bench/results/trace.md). WCAG 1.4.13: Esc hides the box without
// moving focus, the pointer can move onto it, and it stays until the
// pointer or focus leaves. On touch, term-sheet.js shows definitions.
(function () {
  "use strict";
  var content = document.querySelector(".md-content");
  if (!content) return;
  var box = null;
  var owner = null; // the link whose title the box shows
  var leaving = null;
  var lastTouch = 0;

  function make() {
    box = document.createElement("div");
    box.className = "site-tooltip";
    box.id = "site-tooltip";
    box.setAttribute("role", "tooltip");
    box.hidden = true;
    box.addEventListener("mouseenter", function () { clearTimeout(leaving); });
    box.addEventListener("mouseleave", hideSoon);
    document.body.appendChild(box);
  }

  function place(link) {
    var gap = 8;
    var target = link.getBoundingClientRect();
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var left = Math.min(Math.max(gap, target.left + target.width / 2 - width / 2),
                        document.documentElement.clientWidth - width - gap);
    var below = target.bottom + gap + height <= window.innerHeight;
    box.style.left = Math.max(gap, left) + "px";
    box.style.top = (below ? target.bottom + gap : target.top - gap - height) + "px";
  }

  function show(link) {
    if (owner === link) { clearTimeout(leaving); return; }
    hide();
    if (!box) make();
    var title = link.getAttribute("title");
    // The title moves to the box while it shows, so the browser's own
    // tooltip does not appear over it; a screen reader hears it once.
    link.setAttribute("data-title", title);
    link.removeAttribute("title");
    link.setAttribute("aria-describedby", box.id);
    box.textContent = title;
    box.hidden = false;
    owner = link;
    place(link);
  }

  function hide() {
    clearTimeout(leaving);
    if (!owner) return;
    owner.setAttribute("title", owner.getAttribute("data-title"));
    owner.removeAttribute("data-title");
    owner.removeAttribute("aria-describedby");
    box.hidden = true;
    owner = null;
  }

  // Time to move the pointer from the link onto the box.
  function hideSoon() {
    clearTimeout(leaving);
    leaving = setTimeout(hide, 300);
  }

  function titled(target) {
    var link = target.closest && target.closest("a[title], a[data-title]");
    return link && content.contains(link) ? link : null;
  }

  document.addEventListener("pointerdown", function (event) {
    if (event.pointerType === "touch") lastTouch = Date.now();
  }, { passive: true });
  content.addEventListener("mouseover", function (event) {
    var link = titled(event.target);
    if (link && Date.now() - lastTouch > 1000) show(link);
  });
  content.addEventListener("mouseout", function (event) {
    if (owner && titled(event.target) === owner && !owner.contains(event.relatedTarget)) hideSoon();
  });
  content.addEventListener("focusin", function (event) {
    var link = titled(event.target);
    if (link && Date.now() - lastTouch > 1000) show(link);
  });
  content.addEventListener("focusout", function (event) {
    if (owner && event.target === owner) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  window.addEventListener("scroll", function () { if (owner) place(owner); }, { passive: true });
})();
