// Live preview for the content editor: a moment after typing stops in a Markdown field, the server renders it through
// the same sanitizing pipeline as the public pages. Without this script the form's 预览 button does the same.
(function () {
  'use strict';

  var PAUSE = 400; // milliseconds without typing before a preview is asked for

  var form = document.querySelector('form[data-preview-url]');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute('data-preview-url');
  var token = form.querySelector('input[name="_csrf"]').value;

  Array.prototype.forEach.call(form.querySelectorAll('textarea[data-preview]'), function (area) {
    var preview = document.getElementById(area.getAttribute('data-preview'));
    var body = preview && preview.querySelector('.preview-body');
    if (!body) {
      return;
    }
    var timer = null;
    var asked = 0;
    var render = function () {
      var ask = ++asked;
      var parameters = new URLSearchParams();
      parameters.set('_csrf', token);
      parameters.set('markdown', area.value);
      fetch(url, { method: 'POST', body: parameters, credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('preview ' + response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          if (ask === asked) { // an older answer arriving late must not replace a newer one
            body.innerHTML = answer.html; // sanitized by the server, as on the public pages
            preview.hidden = false;
          }
        })
        .catch(function () {
          // The 预览 button still works; nothing to tell while typing.
        });
    };
    area.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, PAUSE);
    });
  });
}());
