/* "Salin tautan" under each programme heading: copies the programme's permalink in this version
   (the page's canonical URL, which mike pins to the version number even when the reader came
   through an alias such as /latest/), so a cited link keeps meaning what it meant. */
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

  function addButtons() {
    document.querySelectorAll(".mp-program[id]").forEach(function (heading) {
      if (heading.nextElementSibling && heading.nextElementSibling.classList.contains("mp-salin")) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "mp-salin md-button";
      button.textContent = "Salin tautan";
      button.setAttribute("aria-label", "Salin tautan tetap program " + heading.id.toUpperCase());
      button.addEventListener("click", function () {
        var canonical = document.querySelector('link[rel="canonical"]');
        var page = canonical ? canonical.href : location.origin + location.pathname;
        var url = page.split("#")[0] + "#" + heading.id;
        copy(url).then(function () {
          button.textContent = "Tautan disalin";
        }, function () {
          button.textContent = url;
        });
        setTimeout(function () { button.textContent = "Salin tautan"; }, 3000);
      });
      heading.insertAdjacentElement("afterend", button);
    });
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(addButtons);
  } else {
    document.addEventListener("DOMContentLoaded", addButtons);
  }
})();
