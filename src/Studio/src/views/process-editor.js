import { api, ApiError } from '../api.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n/index.js';
import { navigate } from '../router.js';
import { createModeler } from '../modeler/create-modeler.js';
import { newDiagram } from '../modeler/new-diagram.js';
import { clearDiagnostics, showDiagnostics } from '../modeler/validation-markers.js';
import { renderDiagnosticList } from './diagnostic-list.js';
import { renderVersionHistory } from './version-history.js';
import { describeError, showStatus, statusRegion } from './status.js';

const keyPath = (key) => '/api/processes/' + encodeURIComponent(key);

/** The studio's editor: the modeler, server validation on the diagram, deploy, publish and version history. */
export function renderProcessEditor(main, params, query) {
  const key = params.key ?? null;
  const status = statusRegion();
  const canvas = h('div', { class: 'canvas', tabindex: '0', role: 'application', 'aria-label': t('editor.canvas') });
  const panel = h('aside', { class: 'properties', 'aria-label': t('editor.properties') });
  const diagnostics = h('section', { class: 'diagnostics', 'aria-labelledby': 'diagnostics-title' });
  const history = h('section', { class: 'history', 'aria-labelledby': 'versions-title' });
  const publishButton = h('button', { type: 'button', 'data-action': 'publish', hidden: true }, '');
  const modeler = createModeler(canvas, panel);
  let latestDraft = null;

  const xml = async () => (await modeler.saveXML({ format: true })).xml;
  // A small hook for the browser tests and for support staff: read and replace the diagram from the console.
  window.caseflowStudio = { modeler, saveXML: xml, importXML: (text) => modeler.importXML(text) };

  async function busy(button, work) {
    button.disabled = true;
    try {
      await work();
    } catch (error) {
      showStatus(status, describeError(error), 'error');
    } finally {
      button.disabled = false;
    }
  }

  function report(list) {
    showDiagnostics(modeler, list);
    renderDiagnosticList(diagnostics, list, modeler);
  }

  async function validate() {
    const result = await api('/api/processes/validate', { method: 'POST', body: await xml(), contentType: 'application/xml' });
    report(result.diagnostics);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    showStatus(status, result.valid ? t('editor.valid') : t('editor.invalid', { count: errors }), result.valid ? 'ok' : 'error');
  }

  async function deploy() {
    try {
      const result = await api('/api/processes', { method: 'POST', body: await xml(), contentType: 'application/xml' });
      report(result.diagnostics);
      const deployed = result.processes.find((p) => p.key === key) ?? result.processes[0];
      showStatus(status, deployed.unchanged ? t('editor.unchanged') : t('editor.deployed', { version: deployed.version }), 'ok');
      if (deployed.key !== key) {
        navigate('/processes/' + encodeURIComponent(deployed.key), { replace: true });
        return;
      }
      await loadHistory();
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.problem.diagnostics)) {
        report(error.problem.diagnostics);
        showStatus(status, t('editor.invalid', { count: error.problem.diagnostics.filter((d) => d.severity === 'error').length }), 'error');
        return;
      }
      throw error;
    }
  }

  async function setPublished(version, publish) {
    await api(`${keyPath(key)}/versions/${version}/${publish ? 'publish' : 'unpublish'}`, { method: 'POST' });
    await loadHistory();
    showStatus(status, t(publish ? 'editor.published' : 'editor.unpublished', { version }), 'ok');
  }

  async function loadHistory() {
    const versions = await api(`${keyPath(key)}/versions`);
    const latest = versions[versions.length - 1];
    latestDraft = latest && latest.status !== 'published' ? latest.version : null;
    publishButton.hidden = latestDraft === null;
    publishButton.textContent = latestDraft === null ? '' : t('editor.publish', { version: latestDraft });
    renderVersionHistory(history, versions, {
      load: (version) => navigate(`/processes/${encodeURIComponent(key)}?version=${version}`),
      publish: (version, button) => busy(button, () => setPublished(version, true)),
      unpublish: (version, button) => busy(button, () => setPublished(version, false)),
      readXml: (version) => api(`${keyPath(key)}/versions/${version}/xml`),
    });
    return versions;
  }

  // The simulation's own switch is a clickable div; this real button gives keyboard and screen-reader users the same.
  const simulateButton = h('button', { type: 'button', 'data-action': 'simulate', 'aria-pressed': 'false',
    onclick: () => modeler.get('toggleMode').toggleMode() }, t('editor.simulate'));
  modeler.on('tokenSimulation.toggleMode', ({ active }) => {
    simulateButton.setAttribute('aria-pressed', String(active));
    showStatus(status, t(active ? 'editor.simulating' : 'editor.simulationOff'));
  });
  const validateButton = h('button', { type: 'button', 'data-action': 'validate' }, t('editor.validate'));
  const deployButton = h('button', { type: 'button', class: 'primary', 'data-action': 'deploy' }, t('editor.deploy'));
  validateButton.addEventListener('click', () => busy(validateButton, validate));
  deployButton.addEventListener('click', () => busy(deployButton, deploy));
  publishButton.addEventListener('click', () => busy(publishButton, () => setPublished(latestDraft, true)));

  mount(main,
    h('div', { class: 'page-head' },
      h('h1', {}, key ? t('editor.title', { key }) : t('editor.newTitle')),
      h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('editor.toolbar') }, simulateButton, validateButton, deployButton, publishButton)),
    status,
    h('div', { class: 'editor' }, canvas, panel),
    diagnostics,
    key ? history : null);

  (async () => {
    if (!key) {
      await modeler.importXML(newDiagram());
      return;
    }
    const versions = await loadHistory();
    const wanted = Number(query.get('version')) || versions[versions.length - 1]?.version;
    if (wanted) {
      await modeler.importXML(await api(`${keyPath(key)}/versions/${wanted}/xml`));
      clearDiagnostics(modeler);
    }
  })().then(() => {
    modeler.get('canvas').zoom('fit-viewport');
    main.dataset.ready = 'true';
  }).catch((error) => showStatus(status, describeError(error), 'error'));

  return () => {
    modeler.destroy();
    delete window.caseflowStudio;
  };
}
