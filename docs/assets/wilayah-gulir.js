/* A wide table scrolls sideways inside Material's wrapper on a phone; the wrapper is then made a
   focusable region, named after its table's caption or heading, so that a keyboard can scroll it
   and a screen reader announces it. (Code blocks wrap their lines instead: assets/masterplan.css.)
   The wrappers come from the build (macros/site/tables.py); this runs once the page is ready, again
   when the window changes size, and for a wrapper when the browser draws it: a table away from the
   screen is not laid out (content-visibility in assets/masterplan.css), so its width is known then. */
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

  // A wrapper not drawn yet (away from the screen) is taken to scroll, so that a keyboard reaches it;
  // it is measured when the browser draws it (below), which it does as soon as it is focused.
  function markOne(element) {
    var table = element.firstElementChild;
    var drawn = !(table && table.checkVisibility) || table.checkVisibility({ contentVisibilityAuto: true });
    var scrolls = !drawn || element.scrollWidth > element.clientWidth + 1;
    if (scrolls && !element.hasAttribute("tabindex")) {
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "region");
      element.setAttribute("aria-label", label(element));
      element.setAttribute(MARK, "");
    } else if (!scrolls && element.hasAttribute(MARK)) {
      ["tabindex", "role", "aria-label", MARK].forEach(function (name) { element.removeAttribute(name); });
    }
  }

  function mark() {
    document.querySelectorAll(SCROLLERS).forEach(markOne);
    document.documentElement.setAttribute("data-mp-gulir-siap", "");
  }

  // A wrapper away from the screen, or inside a programme's block away from it, is measured when the
  // browser draws it (the event does not bubble: it is caught on its way down).
  document.addEventListener("contentvisibilityautostatechange", function (event) {
    var block = event.target;
    if (!event.skipped && block.matches) {
      if (block.matches(SCROLLERS)) {
        markOne(block);
      }
      block.querySelectorAll(SCROLLERS).forEach(markOne);
    }
  }, true);

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
