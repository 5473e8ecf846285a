/*
 * Errors at their fields. (1) The browser's own file check (PrimeFaces' p:validateFile, client
 * side) speaks the page's words: the texts come from the bundles through data attributes of
 * #uploadTexts, and each message is prefixed with the KPI and field named by the upload input's
 * data-field-summary (the page's language) and data-field-detail (the other one).
 * (2) After an update, the first newly shown error message is scrolled into view, so that on a
 * phone a refusal is never far from its field; messages already seen are not scrolled to again.
 */
(function () {
  function texts() {
    var el = document.getElementById('uploadTexts');
    if (!el || !window.PrimeFaces) {
      return;
    }
    var settings = PrimeFaces.getLocaleSettings();
    settings.messages = settings.messages || {};
    settings.messages['primefaces.FileValidator.SIZE_LIMIT'] = el.getAttribute('data-size-summary');
    settings.messages['primefaces.FileValidator.SIZE_LIMIT_detail'] = el.getAttribute('data-size-detail');
    settings.messages['primefaces.FileValidator.ALLOW_TYPES'] = el.getAttribute('data-type-summary');
    settings.messages['primefaces.FileValidator.ALLOW_TYPES_detail'] = el.getAttribute('data-type-detail');
  }

  function namedByField() {
    var validator = window.PrimeFaces && PrimeFaces.validator && PrimeFaces.validator['primefaces.File'];
    if (!validator || validator.namedByField) {
      return;
    }
    var check = validator.validate;
    // PrimeFaces checks a detached copy of the upload input that carries the input's data: the
    // field's names come as data-field-summary / data-field-detail on the input itself
    validator.validate = function (input, files) {
      try {
        check.call(this, input, files);
      } catch (messages) {
        var summary = $(input).data('fieldSummary');
        var detail = $(input).data('fieldDetail');
        if (!summary || !Array.isArray(messages)) {
          throw messages;
        }
        throw messages.map(function (m) {
          var inPageLanguage = summary + ': ' + m.summary;
          // the browser's p:message shows the detail only: it carries both languages
          return {summary: inPageLanguage, detail: inPageLanguage + ' / ' + detail + ': ' + m.detail, severity: m.severity};
        });
      }
    };
    validator.namedByField = true;
  }

  function reveal() {
    var shown = $('.ui-message-error:visible').filter(function () {
      return !this.hasAttribute('data-revealed');
    });
    shown.attr('data-revealed', 'true');
    if (shown.length) {
      shown[0].scrollIntoView({block: 'center'});
    }
  }

  $(function () {
    texts();
    namedByField();
    reveal();
  });
  $(document).on('pfAjaxComplete', function () {
    texts();
    reveal();
  });
  window.CddFieldErrors = {reveal: reveal};
})();
