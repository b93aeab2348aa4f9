// Solves the page's proof-of-work challenge and submits it: find the number n with SHA-256(salt + n) = challenge.
(function () {
  'use strict';

  var BATCH = 500;            // digests requested together; the browser computes them off the main thread
  var BATCHES_PER_YIELD = 10; // then give the page a turn to paint the progress bar

  var form = document.querySelector('form[data-proof-of-work]');
  if (!form) {
    return;
  }
  var status = document.getElementById('proof-of-work-status');
  var progress = document.getElementById('proof-of-work-progress');
  var data = form.dataset;
  var maximum = parseInt(data.maxnumber, 10);

  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder || data.algorithm !== 'SHA-256') {
    status.textContent = data.unsupported; // crypto.subtle exists only over HTTPS and on localhost
    return;
  }

  function toBytes(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  }

  function equal(buffer, expected) {
    var actual = new Uint8Array(buffer);
    for (var i = 0; i < expected.length; i++) {
      if (actual[i] !== expected[i]) {
        return false;
      }
    }
    return true;
  }

  function nextTurn() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  async function solve() {
    var encoder = new TextEncoder();
    var expected = toBytes(data.challenge);
    for (var start = 0, batches = 0; start <= maximum; start += BATCH, batches++) {
      var digests = [];
      for (var number = start; number < start + BATCH && number <= maximum; number++) {
        digests.push(crypto.subtle.digest('SHA-256', encoder.encode(data.salt + number)));
      }
      var results = await Promise.all(digests);
      for (var i = 0; i < results.length; i++) {
        if (equal(results[i], expected)) {
          return start + i;
        }
      }
      if (batches % BATCHES_PER_YIELD === 0) {
        progress.value = Math.floor(100 * start / maximum);
        await nextTurn();
      }
    }
    return null;
  }

  form.querySelector('.proof-of-work-progress').hidden = false;
  status.textContent = data.working;
  solve().then(function (number) {
    if (number === null) {
      status.textContent = data.unsupported;
      return;
    }
    progress.value = 100;
    var proof = {algorithm: data.algorithm, challenge: data.challenge, number: number, salt: data.salt,
      signature: data.signature};
    form.elements.proof.value = btoa(JSON.stringify(proof));
    status.textContent = data.done;
    form.submit();
  }, function () {
    status.textContent = data.unsupported;
  });
}());
