/* Draws a report's process on its BPMN diagram with bpmn-js and marks where it stands:
   the elements it waits at now ("active") and those it has passed ("passed"). The model's XML is
   fetched once per definition (the browser keeps it), so the report page itself stays small. */
(function () {
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
      return viewer.importXML(xml);
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
