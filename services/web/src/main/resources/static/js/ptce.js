// The few behaviours htmx does not give by itself. Every page works without this file.
(function () {
  'use strict';

  var RETRY_MS = 4000;

  function autosaveForm(element) {
    return element && element.closest ? element.closest('form[data-autosave]') : null;
  }

  function status(form, text, state) {
    var line = document.getElementById('save-status');
    if (!line) { return; }
    line.textContent = text;
    line.className = state || '';
  }

  function retryLater(form) {
    clearTimeout(form._ptceRetry);
    form._ptceRetry = setTimeout(function () { htmx.trigger(form, 'ptce:retry'); }, RETRY_MS);
  }

  // What was typed, to put back after signing in again.
  function keep(form) {
    var typed = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && typeof value === 'string') { typed[name] = value; }
    });
    sessionStorage.setItem('ptce-unsaved:' + location.pathname, JSON.stringify(typed));
  }

  function restore(form) {
    var key = 'ptce-unsaved:' + location.pathname;
    var kept = sessionStorage.getItem(key);
    if (!kept) { return; }
    sessionStorage.removeItem(key);
    var typed = JSON.parse(kept);
    Object.keys(typed).forEach(function (name) {
      var fields = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
      fields.forEach(function (field) {
        if (field.type === 'radio' || field.type === 'checkbox') {
          field.checked = field.value === typed[name];
        } else {
          field.value = typed[name];
        }
      });
    });
    status(form, 'Vos saisies ont été reprises : enregistrement…', 'pending');
    htmx.trigger(form, 'ptce:retry');
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = autosaveForm(event.target);
    if (form) { status(form, 'Enregistrement…', 'pending'); }
  });

  document.addEventListener('htmx:sendError', function (event) {
    var form = autosaveForm(event.target);
    if (form) {
      status(form, 'Connexion perdue : vos saisies restent dans la page et seront enregistrées dès son retour.',
        'offline');
      retryLater(form);
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var form = autosaveForm(event.target);
    if (!form) { return; }
    if (event.detail.xhr.status === 401) {
      status(form, 'Votre session a expiré : reconnexion, vos saisies sont gardées…', 'offline');
      keep(form);
      location.reload();
      return;
    }
    status(form, 'Le brouillon n\'a pas pu être enregistré pour l\'instant : nouvel essai dans quelques secondes.',
      'offline');
    retryLater(form);
  });

  window.addEventListener('online', function () {
    document.querySelectorAll('form[data-autosave]').forEach(function (form) { htmx.trigger(form, 'ptce:retry'); });
  });

  // Upload progress, on the bar inside the form being sent.
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('form') : null;
    var bar = form ? form.querySelector('progress') : null;
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round(100 * event.detail.loaded / event.detail.total);
      bar.textContent = bar.value + ' %';
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-autosave]').forEach(restore);
  });
})();
