// Tells a person at once that a chosen file is over the form's limit, instead of sending it only to be refused
// with 413 (a browser may then show a broken connection instead of the page). The server checks regardless.
(function () {
  "use strict";
  document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
    var form = input.form;
    var message = document.getElementById(input.getAttribute("data-message-id"));
    function tooLarge() {
      var limit = Number(input.getAttribute("data-max-bytes"));
      return input.files.length > 0 && input.files[0].size > limit;
    }
    function show() {
      var over = tooLarge();
      message.hidden = !over;
      input.setAttribute("aria-invalid", over ? "true" : "false");
      return over;
    }
    input.addEventListener("change", show);
    form.addEventListener("submit", function (event) {
      if (show()) {
        event.preventDefault();
        input.focus();
      }
    });
  });
})();
