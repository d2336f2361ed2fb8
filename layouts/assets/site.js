// Starts Pagefind's search UI. The site may live in a sub-folder: the root comes from the page itself
// (data-racine is written relative to each page), so result links and the index are found wherever it is served.
(function () {
  "use strict";
  var root = new URL(document.documentElement.getAttribute("data-racine") || "./", window.location.href);
  var boxes = document.querySelectorAll("[data-recherche]");
  var main = document.querySelector("[data-recherche-principale]");
  if (typeof window.PagefindUI !== "function") return;
  boxes.forEach(function (box) {
    if (main && box !== main) {
      box.hidden = true;
      return;
    }
    var params = new URLSearchParams(window.location.search);
    var ui = new window.PagefindUI({
      element: "#" + box.id,
      bundlePath: new URL("pagefind/", root).pathname,
      baseUrl: root.pathname,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      excerptLength: 24,
      translations: { placeholder: "Rechercher un acteur, un événement…" },
    });
    if (box === main && params.get("q")) ui.triggerSearch(params.get("q"));
  });
})();
