// The few behaviours htmx does not give by itself. Every page works without this file.
(function () {
  'use strict';

  var FIRST_RETRY_MS = 3000;
  var LONGEST_RETRY_MS = 30000;
  var KEPT = 'ptce-unsaved:';
  var RESTORED = 'ptce-restored:';

  function autosaveForm(element) {
    return element && element.closest ? element.closest('form[data-autosave]') : null;
  }

  function status(text, state) {
    var line = document.getElementById('save-status');
    if (!line) { return; }
    var span = document.createElement('span');
    span.className = state || '';
    span.textContent = text;
    line.replaceChildren(span);
  }

  // Network cuts and a service that is down are tried again, ever less often; a refusal is not.
  function retryLater(form) {
    clearTimeout(form._ptceRetry);
    form._ptceDelay = Math.min((form._ptceDelay || FIRST_RETRY_MS / 2) * 2, LONGEST_RETRY_MS);
    form._ptceRetry = setTimeout(function () { htmx.trigger(form, 'ptce:retry'); }, form._ptceDelay);
  }

  function unsaved(form, value) {
    form._ptceUnsaved = value;
  }

  // What was typed, kept in this tab until it is saved: after signing in again, or if the page is left meanwhile.
  function keep(form) {
    var typed = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && typeof value === 'string') { typed[name] = value; }
    });
    sessionStorage.setItem(KEPT + location.pathname, JSON.stringify(typed));
  }

  function forget() {
    sessionStorage.removeItem(KEPT + location.pathname);
  }

  function restore(form) {
    var kept = sessionStorage.getItem(KEPT + location.pathname);
    // Once per minute at most: a save refused again after signing in must not reload the page forever.
    var last = Number(sessionStorage.getItem(RESTORED + location.pathname) || 0);
    if (!kept || Date.now() - last < 60000) { return; }
    sessionStorage.setItem(RESTORED + location.pathname, String(Date.now()));
    var typed = JSON.parse(kept);
    Object.keys(typed).forEach(function (name) {
      form.querySelectorAll('[name="' + CSS.escape(name) + '"]').forEach(function (field) {
        if (field.type === 'radio' || field.type === 'checkbox') {
          field.checked = field.value === typed[name];
        } else {
          field.value = typed[name];
        }
      });
    });
    status('Vos saisies ont été reprises : enregistrement…', 'pending');
    unsaved(form, true);
    htmx.trigger(form, 'ptce:retry');
  }

  document.addEventListener('input', function (event) {
    var form = autosaveForm(event.target);
    if (form) { unsaved(form, true); }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = autosaveForm(event.target);
    if (form) { status('Enregistrement…', 'pending'); }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = autosaveForm(event.target);
    if (!form || !event.detail.successful) { return; }
    form._ptceDelay = 0;
    if (document.querySelector('#save-status .failed')) {
      keep(form);
    } else {
      unsaved(form, false);
      forget();
    }
  });

  document.addEventListener('htmx:sendError', function (event) {
    var form = autosaveForm(event.target);
    if (form) {
      status('Connexion perdue : vos saisies restent dans la page et seront enregistrées dès son retour.',
        'offline');
      keep(form);
      retryLater(form);
    } else {
      uploadFailed(event.target, 'Connexion perdue : le document n\'a pas été envoyé. Réessayez.');
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var form = autosaveForm(event.target);
    var code = event.detail.xhr.status;
    if (!form) {
      uploadFailed(event.target, 'Le document n\'a pas pu être ajouté. Réessayez.');
      return;
    }
    keep(form);
    if (code === 401) {
      status('Votre session a expiré : reconnexion, vos saisies sont gardées…', 'offline');
      unsaved(form, false);
      location.assign(location.pathname);
    } else if (code >= 500) {
      status('Le brouillon n\'a pas pu être enregistré pour l\'instant : nouvel essai dans quelques secondes.',
        'offline');
      retryLater(form);
    } else {
      status('Le brouillon n\'a pas pu être enregistré. Rechargez la page pour voir son état.', 'failed');
    }
  });

  window.addEventListener('online', function () {
    document.querySelectorAll('form[data-autosave]').forEach(function (form) { htmx.trigger(form, 'ptce:retry'); });
  });

  // Leaving a page whose last typing is not saved yet asks first.
  window.addEventListener('beforeunload', function (event) {
    var form = document.querySelector('form[data-autosave]');
    if (form && form._ptceUnsaved && !form._ptceSubmitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  document.addEventListener('submit', function (event) {
    if (event.target.matches && event.target.matches('form[data-autosave]')) {
      event.target._ptceSubmitting = true;
      forget();
    }
  });

  function uploadFailed(element, text) {
    var form = element && element.closest ? element.closest('form.upload') : null;
    var error = document.getElementById('err-document-file');
    if (!form || !error) { return; }
    error.textContent = text;
    error.focus();
    var bar = form.querySelector('progress');
    if (bar) { bar.hidden = true; }
  }

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

  // After the documents were shown again, the keyboard's focus goes to what happened: the error, or the notice.
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = event.detail.target;
    if (!target || !target.id) { return; }
    if (target.id === 'err-document-file') {
      target.focus();
      return;
    }
    if (target.id === 'documents') {
      var error = document.getElementById('err-document-file');
      var notice = target.querySelector('.notice[tabindex]');
      if (error && error.textContent.trim()) {
        error.focus();
      } else if (notice) {
        notice.focus();
      }
    }
  });

  // A role's own fields (a network, a SIRET) show only for the roles that take them; without this file, every field
  // shows and says for which role, and the server leaves out what the chosen role does not take.
  function showRoleFields(form) {
    var chosen = form.querySelector('input[name="role"]:checked');
    form.querySelectorAll('[data-shown-for]').forEach(function (field) {
      var roles = field.getAttribute('data-shown-for').split(' ');
      field.hidden = !chosen || roles.indexOf(chosen.value) < 0;
    });
  }

  document.addEventListener('change', function (event) {
    if (event.target.name === 'role' && event.target.form) { showRoleFields(event.target.form); }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-autosave]').forEach(restore);
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('[data-shown-for]') && form.querySelector('input[name="role"]')) {
        showRoleFields(form);
      }
    });
  });
})();
