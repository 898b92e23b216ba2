// Foyer's little plain JS: the CSRF header on htmx requests, error pages swapped in by htmx, and drafts
// ("nothing typed is lost") kept in this browser per signed-in user.
(function () {
  'use strict';

  document.body.classList.add('js-enabled');
  if ('noModule' in HTMLScriptElement.prototype) {
    document.body.classList.add('govuk-frontend-supported');
  }

  // --- htmx: every request carries the CSRF token; the server's 403/404/503 pages are shown, not dropped.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '(403|404|503)', swap: true, error: true },
      { code: '[45]..', swap: false, error: true }
    ];
  }

  // --- Radios that reveal more fields (the place of an accompaniment, the time of an appointment). GOV.UK's own
  // conditional reveal puts aria-expanded on the radio, which axe-core reports as a critical fault; this shows or
  // hides the same GOV.UK markup without it. Without JS everything stays shown.
  function syncReveals() {
    document.querySelectorAll('input[type="radio"][data-reveals]').forEach(function (radio) {
      var target = document.getElementById(radio.dataset.reveals);
      if (target) { target.classList.toggle('govuk-radios__conditional--hidden', !radio.checked); }
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.type === 'radio') { syncReveals(); }
  });

  // --- Drafts. Key: foyer.draft.<username>.<form's data-draft>. Another user of the same phone never sees them.
  var PREFIX = 'foyer.draft.';
  var user = document.body.dataset.user;

  function storage() {
    try { return window.localStorage; } catch (blocked) { return null; }
  }

  function draftKey(name) {
    return PREFIX + user + '.' + name;
  }

  function savedFields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.name !== '_csrf' && field.type !== 'password' && field.type !== 'hidden'
        && field.type !== 'submit' && field.type !== 'button' && field.type !== 'file';
    });
  }

  function save(form) {
    var values = {};
    savedFields(form).forEach(function (field) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        values[field.name] = values[field.name] || [];
        if (field.checked) { values[field.name].push(field.value); }
      } else {
        values[field.name] = field.value;
      }
    });
    storage().setItem(draftKey(form.dataset.draft), JSON.stringify(values));
  }

  function restore(form) {
    var saved = storage().getItem(draftKey(form.dataset.draft));
    if (!saved) { return false; }
    var values = JSON.parse(saved);
    var changed = false;
    savedFields(form).forEach(function (field) {
      if (!(field.name in values)) { return; }
      var value = values[field.name];
      if (field.type === 'checkbox' || field.type === 'radio') {
        var checked = value.indexOf(field.value) >= 0;
        changed = changed || checked !== field.checked;
        field.checked = checked;
      } else if (field.value !== value) {
        field.value = value;
        changed = true;
      }
    });
    return changed;
  }

  function clearAll() {
    var store = storage();
    if (!store) { return; }
    Object.keys(store).filter(function (key) { return key.indexOf(PREFIX) === 0; })
      .forEach(function (key) { store.removeItem(key); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!storage()) { return; }
    if (document.querySelector('[data-drafts-clear-all]')) { clearAll(); }
    if (!user) { return; }
    document.querySelectorAll('[data-draft-clear]').forEach(function (element) {
      storage().removeItem(draftKey(element.dataset.draftClear));
    });
    var restored = false;
    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      restored = restore(form) || restored;
      form.addEventListener('input', function () { save(form); });
      form.addEventListener('change', function () { save(form); });
    });
    syncReveals();
    var notice = document.getElementById('draft-notice');
    if (restored && notice) { notice.hidden = false; }
    document.querySelectorAll('form[data-signout]').forEach(function (form) {
      form.addEventListener('submit', clearAll);
    });
  });
}());
