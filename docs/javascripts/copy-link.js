// A "Copy link" button beside every section heading, glossary term, claim
// and self-check question. It copies the page's canonical URL with the
// anchor, the address instructors should paste into course notes.
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

  // Letter headings of the glossary are navigation, not things to cite.
  var targets = content.querySelectorAll(
    "h2[id]:not([id^='letter-']), h3[id], h4[id], p.self-check[id]");
  Array.prototype.forEach.call(targets, function (target) {
    var label = target.textContent.replace(/¶\s*$/, "").trim();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", "Copy link to “" + label + "”");
    button.dataset.url = base + "#" + target.id;
    button.addEventListener("click", function () {
      copy(button.dataset.url).then(function () {
        status.textContent = "Link copied: " + button.dataset.url;
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy link"; }, 2000);
      });
    });
    // Beside the heading, not inside it, so headings keep their own names.
    if (target.tagName === "P") target.appendChild(button);
    else target.insertAdjacentElement("afterend", button);
  });
})();
