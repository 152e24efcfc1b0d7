(function () {
  "use strict";
  // The page reads without this script; it adds one thing: selecting a
  // quote's mark (a click, or the keyboard's focus) shows the quote's
  // particulars, copied from its entry under "Quotes in detail", in the
  // panel beside the text.
  document.documentElement.classList.add("js");
  var body = document.getElementById("panel-body");
  var selected = null;

  function show(mark) {
    var id = mark.getAttribute("data-quote");
    var entry = document.getElementById("quote-" + id);
    if (!body || !entry) {
      return;
    }
    var head = entry.querySelector("h3").cloneNode(true);
    var jump = head.querySelector(".jump");
    if (jump) {
      jump.remove();
    }
    var words = document.createElement("p");
    words.className = "panel-quote";
    words.textContent = "\u201c" + entry.querySelector(".excerpt").textContent + "\u201d";
    var details = entry.querySelector(".details").cloneNode(true);
    details.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
    body.replaceChildren(head, words, details);
    body.setAttribute("data-showing", id);
    if (selected) {
      selected.classList.remove("selected");
    }
    selected = document.getElementById("m-" + id) || mark;
    selected.classList.add("selected");
  }

  function markOf(target) {
    return target && target.closest ? target.closest("mark[data-quote]") : null;
  }

  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) {
      show(m);
    }
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m && m === e.target) {
      show(m);
    }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("mark[data-quote]")) {
      e.preventDefault();
      show(e.target);
    }
  });
})();
