// Small enhancements of the server-rendered pages; every page works without them.
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

  // A request being read: fetch its status panel again until it is read.
  function refresh(panel) {
    var url = panel.getAttribute("data-refresh-url");
    if (!url) return;
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
          var fresh = holder.querySelector("#request-panel");
          if (!fresh) throw new Error("no panel");
          panel.replaceWith(fresh);
          refresh(fresh);
        })
        .catch(function () {
          window.setTimeout(function () { refresh(panel); }, seconds * 3000);
        });
    }, seconds * 1000);
  }
  var panel = document.querySelector("#request-panel[data-refresh-url]");
  if (panel) refresh(panel);
})();
