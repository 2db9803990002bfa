// icestat progressive enhancement: everything works without this file.
// It adds a copy button beside the command line of an answer.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var code = document.getElementById("cmd");
    if (code && navigator.clipboard) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "secondary";
      b.textContent = "Copy command";
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          b.textContent = "Copied";
        });
      });
      code.parentNode.parentNode.appendChild(b);
    }
  });
})();
