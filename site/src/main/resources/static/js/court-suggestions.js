// Suggests the courts of listed debtors while someone types part of a court's name into the lookup's 执行法院 field.
// Without this script the results page lists the courts matching what was typed, in the same datalist.
(function () {
  "use strict";
  var list = document.getElementById("court-suggestions");
  var input = list && document.querySelector("input[list=court-suggestions]");
  if (!input || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = "";
  function show(courts) {
    list.replaceChildren.apply(list, courts.map(function (court) {
      var option = document.createElement("option");
      option.value = court;
      return option;
    }));
  }
  function ask() {
    var typed = input.value.trim();
    if (typed === "" || typed === asked) {
      return;
    }
    asked = typed;
    fetch(list.getAttribute("data-source") + "?q=" + encodeURIComponent(typed), {headers: {Accept: "application/json"}})
      .then(function (response) { return response.ok ? response.json() : {courts: []}; })
      .then(function (answer) {
        if (input.value.trim() === typed) {
          show(answer.courts);
        }
      })
      .catch(function () { /* Suggestions are a help, not a step: the lookup works without them. */ });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
  });
})();
