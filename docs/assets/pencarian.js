/* Site search with Pagefind: an index built from the pages with Indonesian stemming
   ("izin" finds "perizinan", "sehat" finds "kesehatan"), shown in Material's search dialog.
   Everything is served from this site; nothing is fetched from elsewhere. */
(function () {
  "use strict";

  var root = document.querySelector("[data-mp-search]");
  if (!root) {
    return;
  }
  var input = root.querySelector("input[name=query]");
  var form = root.querySelector("form");
  var meta = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var base = new URL(root.dataset.base, location.href);
  var placeholder = meta.textContent;
  var engine = null;
  var ticket = 0;
  var timer = null;
  var TOP = 10;
  var SECTIONS = 3;

  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", base).href).then(function (module) {
        return module.options({ baseUrl: base.pathname }).then(function () { return module; });
      });
    }
    return engine;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* Pagefind excerpts are escaped text with <mark> around matches: keep only those marks. */
  function excerpt(html) {
    var p = element("p");
    var decoder = document.createElement("textarea");
    html.split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var match = /^<mark>(.*)<\/mark>$/.exec(part);
      decoder.innerHTML = match ? match[1] : part;  /* a textarea decodes entities, runs nothing */
      p.appendChild(match ? element("mark", null, decoder.value) : document.createTextNode(decoder.value));
    });
    return p;
  }

  function link(url, title, html, level) {
    var a = element("a", "md-search-result__link");
    a.href = url;
    var article = element("article", "md-search-result__article md-typeset");
    if (level === 1) {
      article.appendChild(element("div", "md-search-result__icon md-icon"));
    }
    article.appendChild(element(level === 1 ? "h1" : "h2", null, title));
    article.appendChild(excerpt(html));
    a.appendChild(article);
    return a;
  }

  function item(data) {
    var li = element("li", "md-search-result__item");
    li.appendChild(link(data.url, data.meta.title || data.url, data.excerpt, 1));
    (data.sub_results || []).filter(function (sub) {
      return sub.url !== data.url;
    }).slice(0, SECTIONS).forEach(function (sub) {
      li.appendChild(link(sub.url, sub.title, sub.excerpt, 2));
    });
    return li;
  }

  function show(query, total, results) {
    meta.textContent = total === 0 ? "Tidak ada halaman yang cocok"
      : total === 1 ? "1 halaman cocok" : total + " halaman cocok";
    list.replaceChildren.apply(list, results.map(item));
    meta.dataset.query = query;
  }

  function search(query) {
    var mine = ++ticket;
    if (!query.trim()) {
      meta.textContent = placeholder;
      delete meta.dataset.query;
      list.replaceChildren();
      return;
    }
    pagefind().then(function (module) {
      return module.search(query);
    }).then(function (found) {
      if (mine !== ticket || !found) {
        return null;
      }
      return Promise.all(found.results.slice(0, TOP).map(function (r) { return r.data(); }))
        .then(function (results) {
          if (mine === ticket) {
            show(query, found.results.length, results);
          }
        });
    }).catch(function () {
      meta.textContent = "Pencarian tidak dapat dimuat.";
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) {
      location.href = first.href;
    }
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { search(""); input.focus(); }, 0);
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      input.focus();
      pagefind();
    }
  });
  input.addEventListener("focus", function () {
    toggle.checked = true;
    pagefind();
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) ||
      document.activeElement.isContentEditable;
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
      event.preventDefault();
      toggle.checked = true;
      input.focus();
    }
  });
})();
