// Progressive enhancement only: every page works without this file. No inline script anywhere (strict CSP).
(function () {
  "use strict";
  var box = document.getElementById("q");

  // A syntax error: put the caret where the mistake is.
  if (box && box.dataset.errorPosition) {
    var at = parseInt(box.dataset.errorPosition, 10);
    box.focus();
    box.setSelectionRange(at, Math.min(at + 1, box.value.length));
  }

  // "/" jumps to the search box, as in most search tools.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key === "/" && box && t.tagName !== "INPUT" && t.tagName !== "TEXTAREA" && t.tagName !== "SELECT") {
      e.preventDefault();
      box.focus();
    }
  });

  var values = document.getElementById("value-options");
  var pending = null;
  function complete(field, prefix, make) {
    if (!values || !field) return;
    if (pending) pending.abort();
    pending = new AbortController();
    var url = "/web/complete?field=" + encodeURIComponent(field) + "&prefix=" + encodeURIComponent(prefix);
    fetch(url, { signal: pending.signal, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        values.replaceChildren.apply(values, list.map(function (v) {
          var o = document.createElement("option");
          o.value = make(v);
          return o;
        }));
      })
      .catch(function () { /* a newer keystroke cancelled it */ });
  }

  // The filter form: top values of the chosen field.
  var valueInput = document.getElementById("fv");
  var fieldInput = document.getElementById("ff");
  if (valueInput && fieldInput) {
    valueInput.addEventListener("input", function () {
      complete(fieldInput.value.trim(), valueInput.value, function (v) { return v; });
    });
    valueInput.addEventListener("focus", function () {
      complete(fieldInput.value.trim(), valueInput.value, function (v) { return v; });
    });
  }

  // The search box: after "field:", offer that field's top values; otherwise field names.
  if (box && values) {
    box.addEventListener("input", function () {
      var text = box.value.slice(0, box.selectionStart);
      var m = /(^|[\s(])(-?)([a-z_]+):"?([^"\s]*)$/.exec(text);
      if (!m) { box.setAttribute("list", "field-names"); return; }
      var head = text.slice(0, text.length - m[0].length + m[1].length) + m[2] + m[3] + ":";
      box.setAttribute("list", "value-options");
      complete(m[3], m[4], function (v) { return head + '"' + v.replace(/(["\\])/g, "\\$1") + '"'; });
    });
  }
})();
