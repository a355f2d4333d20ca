import { api } from '../api.js';

const camunda = 'http://camunda.org/schema/1.0/bpmn';
const bpmn = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/**
 * The user tasks that use form `key`, read from the latest version of every process: `camunda:formRef="key"`, or a
 * `camunda:formKey` whose last path segment (without `.form`) is the key, as the server resolves them.
 */
export async function tasksUsingForm(key) {
  const processes = await api('/api/processes');
  const found = [];
  await Promise.all(processes.map(async (p) => {
    const xml = await api(`/api/processes/${encodeURIComponent(p.key)}/versions/${p.latestVersion}/xml`);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    for (const task of doc.getElementsByTagNameNS(bpmn, 'userTask')) {
      const ref = task.getAttributeNS(camunda, 'formRef');
      const formKey = task.getAttributeNS(camunda, 'formKey');
      const fromKey = formKey && !formKey.startsWith('embedded:') ? formKey.split(/[/:]/).pop().replace(/\.form$/, '') : null;
      if (ref === key || fromKey === key) {
        found.push({ processKey: p.key, version: p.latestVersion, elementId: task.getAttribute('id'), name: task.getAttribute('name') });
      }
    }
  }));
  return found.sort((a, b) => `${a.processKey}/${a.elementId}`.localeCompare(`${b.processKey}/${b.elementId}`));
}
