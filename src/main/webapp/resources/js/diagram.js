/* Draws a report's process on its BPMN diagram with bpmn-js and marks where it stands:
   the elements it waits at now ("active") and those it has passed ("passed"). The model's XML is
   fetched once per definition (the browser keeps it), so the report page itself stays small.
   The labels are the page's language: the page gives them by element id (data-labels, the texts of
   the trail table) and they replace the model's English names in this copy of the XML only. */
(function () {
  function translated(xml, labels) {
    if (!labels || Object.keys(labels).length === 0 || typeof DOMParser === 'undefined') {
      return xml;
    }
    var doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) {
      return xml;
    }
    Array.prototype.forEach.call(doc.querySelectorAll('[id][name]'), function (element) {
      var label = labels[element.getAttribute('id')];
      if (label) {
        element.setAttribute('name', label);
      }
    });
    return new XMLSerializer().serializeToString(doc);
  }

  function draw() {
    var box = document.getElementById('diagram');
    if (!box || typeof BpmnJS === 'undefined') {
      return;
    }
    var viewer = new BpmnJS({ container: box });
    fetch(box.getAttribute('data-model'), { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (xml) {
      return viewer.importXML(translated(xml, JSON.parse(box.getAttribute('data-labels') || '{}')));
    }).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      function mark(ids, css) {
        (ids || '').split(',').filter(Boolean).forEach(function (id) {
          if (registry.get(id)) {
            canvas.addMarker(id, css);
          }
        });
      }
      mark(box.getAttribute('data-passed'), 'passed');
      mark(box.getAttribute('data-active'), 'active');
      box.setAttribute('data-drawn', 'true');
    }).catch(function (err) {
      box.setAttribute('data-error', String(err));
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
