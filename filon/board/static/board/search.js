/* The search page: short URLs (no empty parameters), filters folded on small screens. */
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 48rem)");
  var filtersOpen = !narrow.matches;

  function foldFilters() {
    var details = document.querySelector("details.filters");
    if (details) { details.open = filtersOpen; }
  }

  document.addEventListener("toggle", function (event) {
    if (event.target.matches && event.target.matches("details.filters")) { filtersOpen = event.target.open; }
  }, true);

  document.addEventListener("htmx:configRequest", function (event) {
    var params = event.detail.parameters;
    var near = params.get ? params.get("near") : params.near;
    var names = params.keys ? Array.from(new Set(params.keys())) : Object.keys(params);
    names.forEach(function (name) {
      var values = params.getAll ? params.getAll(name) : [].concat(params[name]);
      var kept = values.filter(function (v) { return String(v).trim() !== ""; });
      if (name === "radius_km" && !(near && String(near).trim())) { kept = []; }
      if (params.delete) {
        params.delete(name);
        kept.forEach(function (v) { params.append(name, v); });
      } else if (kept.length) {
        params[name] = kept.length === 1 ? kept[0] : kept;
      } else {
        delete params[name];
      }
    });
  });

  /* The sort's default option says what the default is for the words and place now typed. */
  function labelDefaultSort() {
    var sort = document.getElementById("sort"), q = document.getElementById("q"), near = document.getElementById("near");
    if (!sort || !q || !near) { return; }
    sort.options[0].text = (q.value.trim() ? "Pertinence" : near.value.trim() ? "Distance" : "Plus récentes") + " (par défaut)";
  }

  document.addEventListener("htmx:afterSwap", foldFilters);
  document.addEventListener("htmx:afterSwap", labelDefaultSort);

  /* "Près de" completes as one types (communes, départements, régions). */
  var timer = null;
  document.addEventListener("input", function (event) {
    var input = event.target;
    if (input.id !== "near" || !input.dataset.suggest) { return; }
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (input.value.trim().length < 2) { return; }
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(input.value.trim()))
        .then(function (response) { return response.json(); })
        .then(function (labels) {
          var list = document.getElementById(input.getAttribute("list"));
          list.replaceChildren.apply(list, labels.map(function (label) {
            var option = document.createElement("option");
            option.value = label;
            return option;
          }));
        });
    }, 150);
  });

  /* A région or département typed in "Près de" became its filter: the box follows the URL. */
  document.addEventListener("htmx:pushedIntoHistory", function () {
    var near = document.getElementById("near");
    if (near) { near.value = new URLSearchParams(window.location.search).get("near") || ""; }
  });
  document.addEventListener("DOMContentLoaded", foldFilters);

  /* Without htmx (a full page load), a submitted form drops its empty fields too. */
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.id !== "search" || window.htmx) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && (el.value === "" || (el.name === "radius_km" && !form.elements.near.value.trim()))) {
        el.disabled = true;
      }
    });
  });
}());
