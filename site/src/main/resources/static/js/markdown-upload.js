// Image upload from the content editor: the chosen image goes to the upload page's own handling (its checks of type
// and size, its CSRF token, its audit) and the Markdown it answers with is inserted where the cursor was in the field.
// Without this script the controls stay hidden and the link beside them leads to that page.
(function () {
  'use strict';

  var form = document.querySelector('form[data-upload-url]');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var url = form.getAttribute('data-upload-url');
  var token = form.querySelector('input[name="_csrf"]').value;

  // Replaces the selection, or inserts at the cursor, and tells listeners such as the live preview.
  var insert = function (area, markdown) {
    var start = area.selectionStart;
    area.value = area.value.slice(0, start) + markdown + area.value.slice(area.selectionEnd);
    area.selectionStart = area.selectionEnd = start + markdown.length;
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };

  Array.prototype.forEach.call(form.querySelectorAll('[data-upload-for]'), function (box) {
    var area = document.getElementById(box.getAttribute('data-upload-for'));
    var file = box.querySelector('input[type="file"]');
    var description = box.querySelector('input[type="text"]');
    var button = box.querySelector('button');
    var status = box.querySelector('[role="status"]');
    var say = function (key) {
      status.textContent = box.getAttribute(key);
    };
    var upload = function () {
      if (file.files.length === 0) {
        say('data-no-file');
        file.focus();
        return;
      }
      if (file.files[0].size > Number(file.getAttribute('data-max-bytes'))) {
        say('data-too-large'); // the server would refuse it too, but only after it was sent
        return;
      }
      var body = new FormData();
      body.append('_csrf', token);
      body.append('description', description.value);
      body.append('file', file.files[0]);
      button.disabled = true;
      say('data-uploading');
      fetch(url, { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          // A refusal before the upload handling (a stale form token, say) is a page, not JSON.
          return response.json().catch(function () {
            return {};
          });
        })
        .then(function (answer) {
          if (answer.stored) {
            insert(area, answer.stored.markdown);
            file.value = '';
            description.value = '';
            say('data-inserted');
          } else if (answer.error) {
            status.textContent = answer.error;
          } else {
            say('data-failed');
          }
        })
        .catch(function () {
          say('data-failed');
        })
        .then(function () {
          button.disabled = false;
        });
    };
    button.addEventListener('click', upload);
    // Enter in the description would otherwise submit, i.e. save, the whole editor form.
    description.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        upload();
      }
    });
    box.hidden = false;
  });
}());
