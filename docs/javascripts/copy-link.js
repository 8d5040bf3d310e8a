// One small link icon per section heading, glossary term, claim and
// self-check question copies the page's canonical URL with the anchor, the
// address instructors paste into course notes. Headings reuse the permalink
// the build already puts in them, and questions keep room for their icon,
// so nothing on the page moves when this runs (Back lands where it left).
(function () {
  "use strict";
  var canonical = document.querySelector('link[rel="canonical"]');
  var base = (canonical ? canonical.href : location.href).split("#")[0];
  var content = document.querySelector(".md-content article");
  if (!content) return;

  var status = document.createElement("p");
  status.className = "copy-link__status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    document.execCommand("copy");
    document.body.removeChild(field);
    return Promise.resolve();
  }

  var hideStatus = null;

  // Said to screen readers, and shown for a moment to everyone else.
  function copier(control, url) {
    control.addEventListener("click", function (event) {
      event.preventDefault();
      copy(url).then(function () {
        status.textContent = "Link copied: " + url;
        status.classList.add("copy-link__status--shown");
        clearTimeout(hideStatus);
        hideStatus = setTimeout(function () { status.classList.remove("copy-link__status--shown"); }, 2500);
      });
    });
  }

  function nameOf(target) {
    return target.textContent.replace(/¶\s*$/, "").trim();
  }

  // Letter headings of the glossary are navigation, not things to cite.
  var headings = content.querySelectorAll("h2[id]:not([id^='letter-']), h3[id], h4[id]");
  Array.prototype.forEach.call(headings, function (heading) {
    var permalink = heading.querySelector("a.headerlink");
    if (!permalink) return;
    permalink.classList.add("copy-link");
    // Its "Link to this section" title would show as a tooltip over the text.
    permalink.removeAttribute("title");
    permalink.setAttribute("aria-label", "Copy link to: " + nameOf(heading));
    copier(permalink, base + "#" + heading.id);
  });

  var questions = content.querySelectorAll("p.self-check[id]");
  Array.prototype.forEach.call(questions, function (question) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link copy-link--question";
    button.setAttribute("aria-label", "Copy link to: " + nameOf(question));
    copier(button, base + "#" + question.id);
    question.appendChild(button);
  });
})();
