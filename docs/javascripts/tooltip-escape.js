// WCAG 1.4.13: content shown on hover or focus must be dismissible without
// moving focus. Material's tooltips (content.tooltips) ignore Esc, so hide
// the open one here; it shows again on the next hover or focus.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelectorAll(".md-tooltip2--active");
    Array.prototype.forEach.call(open, function (tooltip) {
      tooltip.classList.remove("md-tooltip2--active");
    });
  });
})();
