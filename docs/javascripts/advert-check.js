// /check-an-advert/: mark the phrases of a pasted advert that show a
// warning sign, and explain each sign. Everything happens here, in the
// reader's browser: the text is never sent anywhere and never stored.
//
// The patterns come from data/warning-signs.yml, written into the page by
// the build (#sign-patterns). find() is sitedata/signs.py's find_marks,
// line for line, so the tests can hold the two to the same results. The
// notes are copies of the page's own sign guide, so nothing is typed twice.
// The reader's text only ever becomes text nodes, never markup.
(function () {
  "use strict";
  var form = document.getElementById("advert-check");
  var data = document.getElementById("sign-patterns");
  if (!form || !data) return;
  var signs = JSON.parse(data.textContent);
  var patterns = [];
  signs.forEach(function (sign) {
    sign.patterns.forEach(function (pattern) {
      patterns.push({ sign: sign.id, regex: new RegExp(pattern.match, "gi"),
                      notAfter: new RegExp(pattern.not_after, "i") });
    });
  });
  var names = {};
  signs.forEach(function (sign) { names[sign.id] = sign.name; });

  var firstMark = {};  // sign id -> number of its first mark in the text
  var textarea = document.getElementById("advert-text");
  var status = document.getElementById("advert-status");
  var result = document.getElementById("advert-result");
  var copy = document.getElementById("advert-copy");
  var notes = document.getElementById("advert-notes");

  // Curly quotes, odd spaces and dashes read as plain ones, one character
  // for one (signs.py: _PLAIN).
  var PLAIN = [
    [/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'"],
    [/[\u201c\u201d\u201e\u201f\u2033]/g, '"'],
    [/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, "-"],
    [/[\u00a0\u2002\u2003\u2007\u2008\u2009\u200a\u202f\u205f\u3000]/g, " "]
  ];
  function plain(text) {
    return PLAIN.reduce(function (out, rule) { return out.replace(rule[0], rule[1]); }, text);
  }

  // Earliest start wins, then the longer phrase, then the sign of more
  // concern (the data's order). A match right after its pattern's
  // not_after words ("no complete cure") is no match.
  var LOOK_BACK = 40;
  function find(text) {
    var searched = plain(text);
    var found = [];
    patterns.forEach(function (pattern, rank) {
      var regex = pattern.regex;
      regex.lastIndex = 0;
      var match;
      while ((match = regex.exec(searched)) !== null) {
        var before = searched.slice(Math.max(0, match.index - LOOK_BACK), match.index);
        if (!pattern.notAfter.test(before)) {
          found.push({ start: match.index, end: match.index + match[0].length, rank: rank, sign: pattern.sign });
        }
      }
    });
    found.sort(function (a, b) {
      return a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.rank - b.rank ||
        (a.sign < b.sign ? -1 : a.sign > b.sign ? 1 : 0);
    });
    var marks = [];
    found.forEach(function (hit) {
      if (!marks.length || hit.start >= marks[marks.length - 1].end) {
        marks.push({ start: hit.start, end: hit.end, sign: hit.sign, phrase: text.slice(hit.start, hit.end) });
      }
    });
    return marks;
  }

  // A sign's note, folded to one line (its name and the phrases found) so
  // the list stays short on a phone; it opens on a tap, or from a mark's
  // number. Inside: its section of the guide, without ids (no duplicates)
  // or the heading's own link, and a way back to the text.
  function note(signId, number, phrases) {
    var item = document.createElement("li");
    item.id = "note-" + signId;
    item.className = "advert-note";
    item.dataset.sign = signId;
    var fold = document.createElement("details");
    fold.className = "warning";  // Material's warning look: a triangle, not a pencil
    var summary = document.createElement("summary");
    var heading = document.createElement("h3");
    heading.textContent = number + ". " + names[signId];
    var quoted = document.createElement("p");
    quoted.className = "advert-note__found";
    quoted.textContent = "In your text: " + phrases.map(function (p) { return "“" + p + "”"; }).join(", ");
    summary.appendChild(heading);
    summary.appendChild(quoted);
    fold.appendChild(summary);
    var guide = document.getElementById("guide-" + signId);
    if (guide) {
      Array.prototype.forEach.call(guide.children, function (child) {
        if (/^H[1-6]$/.test(child.tagName)) return;
        var clone = child.cloneNode(true);
        clone.removeAttribute("id");
        Array.prototype.forEach.call(clone.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
        fold.appendChild(clone);
      });
    }
    var back = document.createElement("p");
    var backLink = document.createElement("a");
    backLink.className = "advert-note__back";
    backLink.href = "#mark-" + firstMark[signId];
    backLink.textContent = "Back to your text";
    back.appendChild(backLink);
    fold.appendChild(back);
    item.appendChild(fold);
    return item;
  }

  // Following a mark's number opens the note it points to, puts focus on
  // it (so a screen reader reads it), and points its way back to that mark.
  copy.addEventListener("click", function (event) {
    // The marked phrase looks tappable, so a tap on it follows its number.
    var marked = event.target.closest("mark[data-sign]");
    if (marked && marked.nextElementSibling && marked.nextElementSibling.matches("a.advert-ref")) {
      marked.nextElementSibling.click();
      return;
    }
    var link = event.target.closest("a.advert-ref");
    var target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    target.querySelector("details").open = true;
    target.querySelector(".advert-note__back").href = "#" + link.id;
    // After the jump to the note, which would otherwise leave focus behind.
    setTimeout(function () { target.querySelector("summary").focus(); }, 0);
  });

  function show(text, stayPut) {
    var marks = find(text);
    var order = [];
    var phrases = {};
    firstMark = {};
    marks.forEach(function (mark, index) {
      if (!phrases[mark.sign]) { phrases[mark.sign] = []; order.push(mark.sign); firstMark[mark.sign] = index + 1; }
      if (phrases[mark.sign].indexOf(mark.phrase) < 0) phrases[mark.sign].push(mark.phrase);
    });
    // The summary lists the signs in order of concern.
    var rank = signs.map(function (sign) { return sign.id; });
    order.sort(function (a, b) { return rank.indexOf(a) - rank.indexOf(b); });
    // Each sign keeps its number in the guide below.
    var numbers = {};
    rank.forEach(function (signId, index) { numbers[signId] = index + 1; });

    copy.textContent = "";
    var at = 0;
    marks.forEach(function (mark) {
      copy.appendChild(document.createTextNode(text.slice(at, mark.start)));
      var marked = document.createElement("mark");
      marked.dataset.sign = mark.sign;
      marked.textContent = mark.phrase;
      copy.appendChild(marked);
      var link = document.createElement("a");
      link.className = "advert-ref";
      link.id = "mark-" + (copy.querySelectorAll("mark").length);
      link.href = "#note-" + mark.sign;
      link.textContent = String(numbers[mark.sign]);
      link.setAttribute("aria-label", "Warning sign " + numbers[mark.sign] + ": " + names[mark.sign]);
      copy.appendChild(link);
      at = mark.end;
    });
    copy.appendChild(document.createTextNode(text.slice(at)));

    notes.textContent = "";
    order.forEach(function (signId) { notes.appendChild(note(signId, numbers[signId], phrases[signId])); });
    result.hidden = false;

    status.textContent = "";
    var summary = document.createElement("p");
    if (order.length) {
      summary.textContent = marks.length + (marks.length === 1 ? " phrase shows " : " phrases show ") +
        order.length + (order.length === 1 ? " warning sign: " : " warning signs, most serious first: ") +
        order.map(function (id) { return names[id]; }).join("; ") + ". Other phrases may be warning " +
        "signs too: the checker knows only some of the ways they are put.";
    } else {
      summary.textContent = "No phrase matched a warning sign. That does not show that the treatment works " +
        "or that the clinic is safe: the checker only reads words.";
    }
    status.appendChild(summary);
    // Bring the reader to what was found, the button that keeps focus still
    // in sight above it; the live region announces it.
    if (!stayPut) form.querySelector(".advert-check__actions").scrollIntoView({ block: "start" });
  }

  // The form is shown from the first paint (a <noscript> style hides it
  // without JavaScript), so nothing moves when this script arrives. Its
  // button is a plain button: the text can never be submitted anywhere.
  function check() {
    if (!textarea.value.trim()) {
      result.hidden = true;  // no marks left from a text that is gone
      status.textContent = "Paste or type the clinic's text first.";
      textarea.focus();
      return;
    }
    show(textarea.value);
  }
  document.getElementById("advert-run").addEventListener("click", check);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  // Back to this page after the browser dropped it (no back/forward
  // cache): the browser puts the text back, so the marks come back too,
  // with the note the reader had open.
  window.addEventListener("pageshow", function () {
    if (!textarea.value.trim() || !result.hidden) return;
    show(textarea.value, true);
    var open = /^#note-/.test(location.hash) && document.getElementById(location.hash.slice(1));
    if (open) open.querySelector("details").open = true;
  });
  form.addEventListener("reset", function () {
    result.hidden = true;
    copy.textContent = "";
    notes.textContent = "";
    status.textContent = "";
  });
})();
