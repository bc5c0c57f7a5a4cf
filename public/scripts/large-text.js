// Large-text mode (大字号): a class on <html> that scales every rem-sized length, kept in
// localStorage. Loaded from <head> as a classic script, not a module, so that the saved mode
// applies before the first paint (no flash of small text). The toggle button is added only
// here, so without JavaScript there is no button that cannot work.
(function () {
  'use strict';
  var KEY = 'large-text';
  var CLASS = 'large-text';
  var root = document.documentElement;

  function saved() {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch (e) {
      // Storage blocked (private mode, strict settings): the mode still works for this page.
      return false;
    }
  }

  function save(on) {
    try {
      if (on) window.localStorage.setItem(KEY, '1');
      else window.localStorage.removeItem(KEY);
    } catch (e) {
      /* not persisted; nothing else to do */
    }
  }

  root.classList.toggle(CLASS, saved());

  function addToggle() {
    var slot = document.getElementById('site-tools');
    if (!slot || slot.querySelector('.large-text-toggle')) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'large-text-toggle';
    button.textContent = '大字号';
    var sync = function () {
      button.setAttribute('aria-pressed', root.classList.contains(CLASS) ? 'true' : 'false');
    };
    sync();
    button.addEventListener('click', function () {
      var on = !root.classList.contains(CLASS);
      root.classList.toggle(CLASS, on);
      save(on);
      sync();
    });
    // Another tab changed the mode: follow it.
    window.addEventListener('storage', function (event) {
      if (event.key !== KEY) return;
      root.classList.toggle(CLASS, event.newValue === '1');
      sync();
    });
    slot.appendChild(button);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addToggle);
  else addToggle();
})();
