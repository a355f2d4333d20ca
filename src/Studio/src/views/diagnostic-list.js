import { h, mount } from '../dom.js';
import { t } from '../i18n/index.js';

/** The diagnostics as a list next to the diagram; each one with an element selects it there. */
export function renderDiagnosticList(container, diagnostics, modeler) {
  if (diagnostics.length === 0) {
    mount(container);
    return;
  }
  const registry = modeler.get('elementRegistry');
  mount(container,
    h('h2', { id: 'diagnostics-title' }, t('editor.diagnostics')),
    h('ul', { class: 'diagnostic-list' }, diagnostics.map((d) => {
      const element = d.elementId ? registry.get(d.elementId) : null;
      const text = `${d.code} (${d.severity}): ${d.message}`;
      return h('li', { class: `severity-${d.severity}`, 'data-code': d.code },
        element
          ? h('button', { type: 'button', class: 'link-button', 'aria-label': `${t('editor.diagnosticSelect', { element: d.elementId })}: ${text}`,
            onclick: () => {
              modeler.get('selection').select(element);
              modeler.get('canvas').scrollToElement(element);
            } }, text)
          : text);
    })));
}
