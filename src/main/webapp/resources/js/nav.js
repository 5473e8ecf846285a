/*
 * The narrow screen's menu button folds and unfolds the menu. Bound here rather than in an onclick
 * attribute, so that the Content-Security-Policy can refuse inline handlers.
 */
(function () {
  function bind() {
    var toggle = document.getElementById('navToggle');
    var nav = document.getElementById('appNav');
    if (!toggle || !nav || toggle.dataset.bound) {
      return;
    }
    toggle.dataset.bound = 'true';
    toggle.addEventListener('click', function () {
      toggle.setAttribute('aria-expanded', nav.classList.toggle('open'));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', bind);
  } else {
    bind();
  }
})();
