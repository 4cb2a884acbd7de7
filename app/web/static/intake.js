// Small enhancements of the server-rendered pages; every page works without them.
// htmx.min.js beside this file is htmx 2.0.11 (BSD Zero Clause licence), from npm htmx.org.
(function () {
  "use strict";

  // The claim form: "Add a line" copies the line template with the next index.
  var addLine = document.getElementById("add-line");
  var template = document.getElementById("line-template");
  var lines = document.getElementById("lines");
  if (addLine && template && lines) {
    addLine.hidden = false;
    addLine.addEventListener("click", function () {
      var index = lines.querySelectorAll("fieldset.line").length;
      if (index >= 50) return;
      var html = template.innerHTML.replace(/__i__/g, String(index));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var fieldset = holder.querySelector("fieldset");
      fieldset.querySelector("legend").textContent = "Line " + (index + 1);
      lines.appendChild(fieldset);
      fieldset.querySelector("input").focus();
    });
  }

  // A panel still changing (a request being read, actions being carried out): fetch it
  // again until the server sends it without data-refresh-url.
  function refresh(panel) {
    var url = panel.getAttribute("data-refresh-url");
    if (!url || !panel.id) return;
    var seconds = Number(panel.getAttribute("data-refresh-seconds")) || 3;
    window.setTimeout(function () {
      fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fresh = holder.querySelector("#" + panel.id);
          if (!fresh) throw new Error("no panel");
          panel.replaceWith(fresh);
          refresh(fresh);
        })
        .catch(function () {
          window.setTimeout(function () { refresh(panel); }, seconds * 3000);
        });
    }, seconds * 1000);
  }
  document.querySelectorAll("[data-refresh-url][id]").forEach(refresh);

  // htmx requests carry the page's CSRF token in a header (the forms carry it as a field too).
  var csrf = document.querySelector('meta[name="csrf-token"]');
  document.body.addEventListener("htmx:configRequest", function (event) {
    if (csrf) event.detail.headers["X-CSRF-Token"] = csrf.getAttribute("content");
  });

  // The case page: Enter in a field to check moves to the next one, then to Preview.
  var flagged = Array.prototype.slice.call(document.querySelectorAll("#correction .flagged"));
  flagged.forEach(function (field, index) {
    field.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      var next = flagged[index + 1] || document.getElementById("save");
      if (next) next.focus();
    });
  });

  // The case page's keys: a approve, r reject (type why, then Enter), j next case.
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  if (document.querySelector("[data-shortcuts]")) {
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === "Enter" && event.target === document.body && flagged.length) {
        event.preventDefault();
        flagged[0].focus();
        return;
      }
      var form = null;
      if (event.key === "a") form = document.getElementById("approve-form");
      if (event.key === "j") form = document.getElementById("next-form");
      if (event.key === "r") {
        var why = document.getElementById("reject-comment");
        if (why) { event.preventDefault(); why.focus(); }
        return;
      }
      if (!form) return;
      event.preventDefault();
      form.requestSubmit();
    });
  }
})();
