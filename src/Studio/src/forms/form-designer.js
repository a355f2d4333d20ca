import { api, ApiError } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';
import { tasksUsingForm } from './form-usage.js';

/**
 * The form designer: the form-js editor on the latest version of form `key` (or an empty form), saved as a new
 * version with `POST /api/forms/{key}`; the server's schema problems are listed by path; the versions and the user
 * tasks that use the form are shown beside it.
 */
export function renderFormDesigner(main, params) {
  const key = params.key;
  const status = statusRegion();
  const canvas = h('div', { class: 'form-editor', 'data-form-editor': key });
  const name = h('input', { id: 'form-name', maxlength: '200' });
  const problems = h('div', { role: 'alert', class: 'form-errors', 'data-list': 'form-problems' });
  const versions = h('div');
  const usage = h('div', {}, t('common.loading'));
  const save = h('button', { type: 'button', class: 'primary', 'data-action': 'save-form', onclick: () => deploy() }, t('forms.save'));
  let editor = null;
  let disposed = false;

  mount(main,
    h('p', {}, h('a', { href: href('/forms'), 'data-route': true }, t('forms.back'))),
    h('div', { class: 'page-head' }, h('h1', {}, t('forms.designTitle', { key })),
      h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('forms.toolbar') }, save)),
    h('p', {}, h('label', { for: 'form-name' }, t('forms.name')), name),
    status, problems, canvas,
    h('section', { 'aria-labelledby': 'usage-title' }, h('h2', { id: 'usage-title' }, t('forms.usedBy')), usage),
    h('section', { 'aria-labelledby': 'form-versions-title' }, h('h2', { id: 'form-versions-title' }, t('versions.title')), versions));

  const loadVersions = async () => {
    const list = await api(`/api/forms/${encodeURIComponent(key)}/versions`);
    mount(versions, h('table', { class: 'data', 'data-table': 'form-versions' },
      h('thead', {}, h('tr', {}, ['versions.version', 'processes.name', 'versions.deployedBy', 'versions.deployedAt'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, list.items.map((v) => h('tr', { 'data-version': v.version },
        h('td', {}, String(v.version)), h('td', {}, v.name), h('td', {}, v.deployedBy), h('td', {}, formatDateTime(v.deployedAt)))))));
  };

  async function deploy() {
    if (!editor) return;
    mount(problems);
    save.disabled = true;
    try {
      const body = { schema: editor.saveSchema() };
      if (name.value.trim()) body.name = name.value.trim();
      const result = await api(`/api/forms/${encodeURIComponent(key)}`, { method: 'POST', body });
      showStatus(status, t('forms.saved', { version: result.version }), 'ok');
      await loadVersions();
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.problem.fieldErrors : null;
      if (fieldErrors?.length) {
        mount(problems, h('ul', {}, fieldErrors.map((e) => h('li', { 'data-field': e.field }, `${e.field}: ${e.message}`))));
      }
      showStatus(status, describeError(error), 'error');
    } finally {
      save.disabled = false;
    }
  }

  (async () => {
    let schema = { type: 'default', id: key, components: [] };
    try {
      const latest = await api(`/api/forms/${encodeURIComponent(key)}`);
      schema = latest.schema;
      name.value = latest.name ?? '';
      await loadVersions();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      mount(versions, h('p', {}, t('forms.notDeployed')));
    }
    const { createFormEditor } = await import('./form-editor.js');
    if (disposed) return;
    editor = await createFormEditor(canvas, schema);
    window.caseflowForms = { saveSchema: () => editor.saveSchema(), importSchema: (s) => editor.importSchema(s) };
    main.dataset.ready = 'true';
  })().catch((error) => showStatus(status, describeError(error), 'error'));

  tasksUsingForm(key).then((tasks) => {
    mount(usage, tasks.length === 0 ? h('p', {}, t('forms.unused')) : h('ul', { 'data-list': 'form-usage' }, tasks.map((task) => h('li', {},
      h('a', { href: href(`/processes/${encodeURIComponent(task.processKey)}`), 'data-route': true },
        t('forms.usage', { process: task.processKey, version: task.version, task: task.name || task.elementId }))))));
  }).catch((error) => mount(usage, describeError(error)));

  return () => {
    disposed = true;
    editor?.destroy();
    delete window.caseflowForms;
  };
}
