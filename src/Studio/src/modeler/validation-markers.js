import { h } from '../dom.js';

const marker = 'cf-invalid';
const overlayType = 'cf-diagnostic';

/**
 * Shows the server's diagnostics on the diagram: a marker on each offending element and its message in an overlay.
 * Diagnostics without an element id (or with one not drawn) are only listed next to the diagram.
 */
export function showDiagnostics(modeler, diagnostics) {
  clearDiagnostics(modeler);
  const registry = modeler.get('elementRegistry');
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  const byElement = new Map();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error' && diagnostic.severity !== 'warning') {
      continue;
    }
    if (diagnostic.elementId && registry.get(diagnostic.elementId)) {
      const list = byElement.get(diagnostic.elementId) ?? [];
      list.push(diagnostic);
      byElement.set(diagnostic.elementId, list);
    }
  }
  for (const [elementId, list] of byElement) {
    const severity = list.some((d) => d.severity === 'error') ? 'error' : 'warning';
    canvas.addMarker(elementId, marker);
    canvas.addMarker(elementId, `${marker}-${severity}`);
    overlays.add(elementId, overlayType, {
      position: { bottom: 8, left: 0 },
      html: h('div', { class: `cf-diagnostic cf-diagnostic-${severity}`, 'data-element-id': elementId },
        list.map((d) => h('div', {}, `${d.code}: ${d.message}`))),
    });
  }
  return byElement;
}

export function clearDiagnostics(modeler) {
  const canvas = modeler.get('canvas');
  modeler.get('overlays').remove({ type: overlayType });
  for (const element of modeler.get('elementRegistry').getAll()) {
    canvas.removeMarker(element, marker);
    canvas.removeMarker(element, `${marker}-error`);
    canvas.removeMarker(element, `${marker}-warning`);
  }
}
