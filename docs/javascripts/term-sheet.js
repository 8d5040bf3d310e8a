// Definitions on tap. On a touch screen, tapping a glossary term opens a
// small sheet with its short definition and a link to the full entry,
// instead of leaving the page for the long glossary. A tap outside, the
// close button, Esc and Back close it. Mouse and keyboard users keep the
// hover and focus tooltips; a screen reader still reads the link's title.
(function () {
  "use strict";
  var sheet = null;
  var opener = null; // the term whose definition is shown
  var leaveFor = null;

  function build() {
    sheet = document.createElement("div");
    sheet.className = "term-sheet";
    sheet.setAttribute("role", "dialog");
    sheet.hidden = true;
    sheet.innerHTML = '<p class="term-sheet__term"></p><p class="term-sheet__definition"></p>' +
      '<p class="term-sheet__actions"><a class="term-sheet__more"></a>' +
      '<button type="button" class="text-button term-sheet__close">Close</button></p>';
    sheet.querySelector(".term-sheet__close").addEventListener("click", function () { hide(true); });
    // Leave from the page's own history entry, not the sheet's, so one
    // Back from the glossary returns to the page as it was.
    sheet.querySelector(".term-sheet__more").addEventListener("click", function (event) {
      if (!(history.state && history.state.termSheet)) return;
      event.preventDefault();
      leaveFor = event.currentTarget.href;
      history.back();
    });
    document.body.appendChild(sheet);
  }

  function show(term) {
    if (!sheet) build();
    var name = term.textContent.trim();
    sheet.setAttribute("aria-label", "Definition: " + name);
    sheet.querySelector(".term-sheet__term").textContent = name;
    sheet.querySelector(".term-sheet__definition").textContent = term.dataset.definition;
    var more = sheet.querySelector(".term-sheet__more");
    more.href = term.href;
    more.textContent = "Full entry in the glossary";
    var wasOpen = !sheet.hidden;
    sheet.hidden = false;
    opener = term;
    sheet.querySelector(".term-sheet__close").focus({ preventScroll: true });
    if (!wasOpen) history.pushState({ termSheet: true }, "");
    // Keep the tapped word in sight above the sheet.
    var hidden = term.getBoundingClientRect().bottom + 16 - sheet.getBoundingClientRect().top;
    if (hidden > 0) window.scrollBy(0, hidden);
  }

  // Closed by the page (not by Back): drop the sheet's history entry. Going
  // back would undo what the tap that closed it started, such as a jump to
  // a citation, so when the tap was on a link or button, replace it instead.
  function hide(fromPage, tappedControl) {
    if (!sheet || sheet.hidden) return;
    sheet.hidden = true;
    // Focus does not return to the term: on a phone, its tooltip would
    // then open over the text.
    if (sheet.contains(document.activeElement)) document.activeElement.blur();
    opener = null;
    if (!fromPage || !(history.state && history.state.termSheet)) return;
    if (tappedControl) history.replaceState(null, "");
    else history.back();
  }

  // tooltips.js moves a link's title into its box while the box shows, so
  // keep each definition before that can happen.
  Array.prototype.forEach.call(document.querySelectorAll("a.glossary-term[title]"), function (term) {
    term.dataset.definition = term.getAttribute("title");
  });

  document.addEventListener("click", function (event) {
    var term = event.target.closest && event.target.closest("a.glossary-term");
    if (term && event.pointerType === "touch") {
      if (term.dataset.definition) {
        event.preventDefault();
        show(term);
        return;
      }
    }
    if (sheet && !sheet.hidden && !sheet.contains(event.target)) {
      hide(true, Boolean(event.target.closest && event.target.closest("a[href], button")));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide(true);
  });
  window.addEventListener("popstate", function () {
    hide(false);
    if (leaveFor) location.href = leaveFor;
    leaveFor = null;
  });
})();
