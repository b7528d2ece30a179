/* Under each programme heading: "Salin tautan" copies the programme's permalink in this version (the
   page's canonical URL, which mike pins to the version number even when the reader came through an
   alias such as /latest/), so a cited link keeps meaning what it meant; "Salin kutipan" copies the
   programme's citation from its "Kutip program ini" box, in one click. */
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

  function button(label, done, name, text) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "mp-salin md-button";
    element.textContent = label;
    element.setAttribute("aria-label", name);
    element.addEventListener("click", function () {
      var value = text();
      copy(value).then(function () {
        element.textContent = done;
      }, function () {
        element.textContent = value;
      });
      setTimeout(function () { element.textContent = label; }, 3000);
    });
    return element;
  }

  function addButtons() {
    document.querySelectorAll(".mp-program[id]").forEach(function (heading) {
      if (heading.nextElementSibling && heading.nextElementSibling.classList.contains("mp-salin")) {
        return;
      }
      var id = heading.id.toUpperCase();
      var link = button("Salin tautan", "Tautan disalin", "Salin tautan tetap program " + id, function () {
        var canonical = document.querySelector('link[rel="canonical"]');
        var page = canonical ? canonical.href : location.origin + location.pathname;
        return page.split("#")[0] + "#" + heading.id;
      });
      heading.insertAdjacentElement("afterend", link);
      /* The citation written at build time in the box under the heading ("Kutip program ini"). */
      var box = link.nextElementSibling;
      var citation = box && box.classList.contains("mp-kutip-program") ? box.querySelector(".mp-kutipan") : null;
      if (citation) {
        link.insertAdjacentElement("afterend", button("Salin kutipan", "Kutipan disalin",
          "Salin kutipan program " + id, function () { return citation.textContent.trim(); }));
      }
    });
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(addButtons);
  } else {
    document.addEventListener("DOMContentLoaded", addButtons);
  }
})();
