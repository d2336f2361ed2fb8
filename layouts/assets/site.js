// Progressive enhancements; every page reads and works without them.
// 1. Pagefind's search UI. The site may live in a sub-folder: the root comes from the page itself (data-racine is
//    written relative to each page), so result links and the index are found wherever the site is served.
// 2. Filters of the home timeline by actor, type and year, without reload (the form is `hidden` until this runs).
// 3. A « Copier le lien » button beside each « Lien permanent ».
(function () {
  "use strict";
  var root = new URL(document.documentElement.getAttribute("data-racine") || "./", window.location.href);
  var announcer = null;

  /** Says a short message to screen readers through one polite live region. */
  function announce(message) {
    if (!announcer) return;
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = message; }, 50);
  }

  /** Pagefind's input is named by its title only; a real label helps screen readers and voice control. */
  function labelSearchInput(box) {
    function label() {
      var input = box.querySelector("input[type=text], input[type=search], input:not([type])");
      if (!input) return false;
      input.setAttribute("aria-label", "Rechercher dans la chronologie");
      return true;
    }
    if (label() || typeof MutationObserver !== "function") return;
    var observer = new MutationObserver(function () { if (label()) observer.disconnect(); });
    observer.observe(box, { childList: true, subtree: true });
  }

  function startSearch() {
    var boxes = document.querySelectorAll("[data-recherche]");
    var main = document.querySelector("[data-recherche-principale]");
    if (typeof window.PagefindUI !== "function") return;
    boxes.forEach(function (box) {
      if (main && box !== main) {
        box.hidden = true;
        return;
      }
      var params = new URLSearchParams(window.location.search);
      // A large archive's index comes in parts, by years (data-recherche-parties): Pagefind searches them together.
      var parts = (document.documentElement.getAttribute("data-recherche-parties") || "").split(" ").filter(Boolean);
      var ui = new window.PagefindUI({
        element: "#" + box.id,
        bundlePath: new URL("pagefind/", root).pathname,
        mergeIndex: parts.map(function (part) { return { bundlePath: new URL(part + "/", root).pathname }; }),
        baseUrl: root.pathname,
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        excerptLength: 24,
        translations: { placeholder: "Rechercher un acteur, un événement…" },
      });
      labelSearchInput(box);
      if (box === main && params.get("q")) ui.triggerSearch(params.get("q"));
    });
  }

  function startFilters() {
    var form = document.querySelector("[data-filtres]");
    if (!form) return;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filtre]"));
    var cards = Array.prototype.slice.call(document.querySelectorAll("main .evenement[data-type]"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("main [data-filtrable]")).reverse();
    var count = form.querySelector("[data-filtres-compte]");
    var noScript = document.querySelector("[data-filtres-sans-js]");

    function matches(card, select) {
      var wanted = select.value;
      if (!wanted) return true;
      var field = select.getAttribute("data-filtre");
      var value = card.getAttribute("data-" + field) || "";
      return field === "acteurs" ? value.split(" ").indexOf(wanted) >= 0 : value === wanted;
    }

    function apply(remember) {
      var shown = 0;
      cards.forEach(function (card) {
        var visible = selects.every(function (select) { return matches(card, select); });
        (card.parentElement || card).hidden = !visible;
        if (visible) shown++;
      });
      // Innermost groups first (months, then years): a group with nothing visible left is hidden too.
      groups.forEach(function (group) {
        group.hidden = !Array.prototype.some.call(group.querySelectorAll(".evenement[data-type]"), function (card) {
          return !(card.parentElement || card).hidden;
        });
      });
      var message = "Affichés : " + shown + " événement" + (shown > 1 ? "s" : "") + " sur " + cards.length + ".";
      if (count) count.textContent = message;
      if (remember && window.history && window.history.replaceState) {
        var params = new URLSearchParams();
        selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
        var query = params.toString();
        window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
      }
    }

    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && select.querySelector('option[value="' + wanted.replace(/["\\]/g, "") + '"]')) select.value = wanted;
      select.addEventListener("change", function () { apply(true); });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply(true);
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { apply(true); }, 0);
    });
    form.hidden = false;
    if (noScript) noScript.hidden = true;
    apply(false);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.className = "hors-ecran";
      area.setAttribute("readonly", "");
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (error) { done = false; }
      document.body.removeChild(area);
      if (done) resolve(); else reject(new Error("copie refusée"));
    });
  }

  function startCopyButtons() {
    document.querySelectorAll("a.lien-permanent").forEach(function (link) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copier";
      button.textContent = "Copier le lien";
      button.setAttribute("aria-label", "Copier le lien permanent" + (link.getAttribute("data-titre") ? " : " + link.getAttribute("data-titre") : ""));
      button.addEventListener("click", function () {
        var address = link.href;
        copyText(address).then(function () {
          button.textContent = "Lien copié";
          announce("Lien copié : " + address);
          window.setTimeout(function () { button.textContent = "Copier le lien"; }, 2500);
        }, function () {
          announce("La copie a échoué ; le lien est : " + address);
        });
      });
      link.insertAdjacentElement("afterend", button);
    });
  }

  function start() {
    announcer = document.querySelector("[data-annonce]");
    startSearch();
    startFilters();
    startCopyButtons();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
