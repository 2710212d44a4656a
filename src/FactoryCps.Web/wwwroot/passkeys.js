// Passkeys (WebAuthn) for the forms marked data-passkey="create" (the passkeys page) or "get" (the sign-in page).
// FactoryCPS's own script, served from this server (the CSP allows no inline or foreign script). The forms are
// hidden until this script finds a browser that can use passkeys, and every page works without it.
(function () {
  'use strict';

  var usable = window.PublicKeyCredential
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function'
    && navigator.credentials && window.fetch;
  if (!usable) {
    return;
  }

  // The server's options for this ceremony, asked with the form's own anti-forgery token.
  function options(form) {
    var body = new URLSearchParams();
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    if (token) {
      body.set('__RequestVerificationToken', token.value);
    }
    return fetch(form.getAttribute('data-options'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('options: ' + response.status);
        }
        return response.json();
      });
  }

  function ceremony(kind, json) {
    if (kind === 'create') {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) });
    }
    return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
  }

  function wire(form) {
    var kind = form.getAttribute('data-passkey');
    var error = document.getElementById(form.getAttribute('data-error') || 'passkey-browser-error');
    var busy = false;
    form.hidden = false;
    var note = document.getElementById('passkey-needs-script');
    if (note) {
      note.hidden = true;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (busy) {
        return;
      }
      busy = true;
      if (error) {
        error.hidden = true;
      }
      options(form)
        .then(function (json) { return ceremony(kind, json); })
        .then(function (credential) {
          if (!credential) {
            throw new Error('no credential');
          }
          form.querySelector('input[name="credential"]').value = JSON.stringify(credential.toJSON());
          form.submit(); // a plain post: the server answers with a page, as without this script
        })
        .catch(function () {
          busy = false;
          if (error) {
            error.hidden = false;
          }
        });
    });
  }

  var forms = document.querySelectorAll('form[data-passkey]');
  for (var i = 0; i < forms.length; i++) {
    wire(forms[i]);
  }
})();
