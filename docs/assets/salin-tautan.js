/* The copy buttons under each programme heading, written by the build (render/chapters.program_copy_buttons):
   "Salin tautan" copies the programme's permalink in this version (the page's canonical URL, which mike
   pins to the version number even when the reader came through an alias such as /latest/), so a cited
   link keeps meaning what it meant; "Salin kutipan" copies the programme's citation from its "Kutip
   program ini" box, in one click. One listener for the page: the buttons are not touched until clicked. */
(function () {
  "use strict";

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
    var done = document.execCommand("copy");
    document.body.removeChild(field);
    return done ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function permalink(anchor) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var page = canonical ? canonical.href : location.origin + location.pathname;
    return page.split("#")[0] + "#" + anchor;
  }

  /* The citation written at build time in the box after the buttons' line ("Kutip program ini"). */
  function citation(button) {
    var box = button.parentElement.nextElementSibling;
    var text = box && box.classList.contains("mp-kutip-program") ? box.querySelector(".mp-kutipan") : null;
    return text ? text.textContent.trim() : "";
  }

  var DONE = {tautan: "Tautan disalin", kutipan: "Kutipan disalin"};

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-mp-salin]") : null;
    if (!button) {
      return;
    }
    var kind = button.getAttribute("data-mp-salin");
    var value = kind === "kutipan" ? citation(button) : permalink(button.getAttribute("data-mp-program"));
    var label = button.getAttribute("data-mp-label") || button.textContent;
    button.setAttribute("data-mp-label", label);
    copy(value).then(function () {
      button.textContent = DONE[kind];
    }, function () {
      button.textContent = value;
    });
    setTimeout(function () { button.textContent = label; }, 3000);
  });
})();
