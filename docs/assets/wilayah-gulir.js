/* A wide table scrolls sideways inside Material's wrapper on a phone; the wrapper is then made a
   focusable region, named after its table's caption or heading, so that a keyboard can scroll it
   and a screen reader announces it. (Code blocks wrap their lines instead: assets/masterplan.css.)
   The wrappers come from the build (macros/site/tables.py); this runs once the page is ready, and
   again when the window changes size. */
(function () {
  "use strict";

  var SCROLLERS = ".md-typeset .md-typeset__scrollwrap";
  var MARK = "data-mp-gulir";

  function heading(element) {
    var node = element;
    while (node && !node.classList.contains("md-content__inner")) {
      var before = node.previousElementSibling;
      while (before) {
        if (/^H[1-6]$/.test(before.tagName)) {
          return before.textContent.replace(/¶$/, "").trim();
        }
        before = before.previousElementSibling;
      }
      node = node.parentElement;
    }
    return "";
  }

  function label(element) {
    var table = element.querySelector("table");
    var name = (table && table.caption ? table.caption.textContent.trim() : "") || heading(element);
    return (name ? "Tabel: " + name : "Tabel") + " (geser ke samping untuk melihat semua kolom)";
  }

  function mark() {
    document.querySelectorAll(SCROLLERS).forEach(function (element) {
      var scrolls = element.scrollWidth > element.clientWidth + 1;
      if (scrolls && !element.hasAttribute("tabindex")) {
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", label(element));
        element.setAttribute(MARK, "");
      } else if (!scrolls && element.hasAttribute(MARK)) {
        ["tabindex", "role", "aria-label", MARK].forEach(function (name) { element.removeAttribute(name); });
      }
    });
    document.documentElement.setAttribute("data-mp-gulir-siap", "");
  }

  var pending = false;
  window.addEventListener("resize", function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(function () { pending = false; mark(); });
    }
  });
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(mark);
  } else {
    document.addEventListener("DOMContentLoaded", mark);
  }
})();
