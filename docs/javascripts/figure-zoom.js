// "Enlarge figure": on a phone a diagram is drawn at under half its size,
// so its labels are too small to read. The button shows the diagram alone,
// at its own size (every label 14 px or more), in a dialog the reader can
// pan. Esc, the close button and Back all close it. The figure itself is
// moved into the dialog and back, so no id is ever duplicated.
(function () {
  "use strict";
  var figures = document.querySelectorAll(".md-typeset figure.diagram");
  if (!figures.length || !window.HTMLDialogElement) return;

  var dialog = document.createElement("dialog");
  dialog.className = "figure-dialog";
  var close = document.createElement("button");
  close.type = "button";
  close.className = "text-button figure-dialog__close";
  close.textContent = "Close";
  var hint = document.createElement("span");
  hint.className = "figure-dialog__hint";
  hint.textContent = "Drag or scroll to see all of it.";
  var frame = document.createElement("div");
  frame.className = "figure-dialog__frame";
  dialog.append(close, hint, frame);
  document.body.appendChild(dialog);

  var shown = null; // { svg, figure, button }

  close.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () {
    if (!shown) return;
    shown.svg.style.width = "";
    shown.figure.insertBefore(shown.svg, shown.figure.firstChild);
    shown.button.focus();
    shown = null;
    if (history.state && history.state.enlargedFigure) history.back();
  });
  window.addEventListener("popstate", function () {
    if (dialog.open) dialog.close();
  });

  Array.prototype.forEach.call(figures, function (figure) {
    var svg = figure.querySelector("svg");
    if (!svg) return;
    var title = svg.querySelector("title");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "text-button figure-zoom";
    button.textContent = "Enlarge figure";
    if (title) button.setAttribute("aria-label", "Enlarge figure: " + title.textContent);
    figure.insertBefore(button, svg.nextSibling);
    button.addEventListener("click", function () {
      shown = { svg: svg, figure: figure, button: button };
      dialog.setAttribute("aria-label", title ? title.textContent : "Figure");
      frame.appendChild(svg);
      dialog.showModal();
      // Never below its own size (labels 14 px); on a large screen, as big
      // as fits the window without scrolling.
      var box = svg.viewBox.baseVal;
      var fits = Math.min(frame.clientWidth - 32, (frame.clientHeight - 16) * box.width / box.height);
      svg.style.width = Math.max(box.width, fits) + "px";
      frame.scrollLeft = 0;
      history.pushState({ enlargedFigure: true }, "");
    });
  });
})();
