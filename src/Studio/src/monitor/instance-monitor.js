import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href } from '../router.js';
import { historyTimeline } from '../views/history-timeline.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';
import { elementCounts } from './element-counts.js';

/**
 * One instance for supervisors and operators: its model with the live tokens, completed tasks and incidents as
 * overlays (and the same counts as a table, for keyboard and screen-reader users), the incidents with retry,
 * the variables and the history.
 */
export function renderInstanceMonitor(main, params) {
  const status = statusRegion();
  const path = '/api/instances/' + encodeURIComponent(params.id);
  const canvas = h('div', { class: 'canvas monitor-canvas', role: 'img', 'aria-label': t('monitor.canvas') });
  const body = h('div');
  const viewer = new NavigatedViewer({ container: canvas });
  let shownXml = null;
  mount(main, h('p', {}, h('a', { href: href('/instances'), 'data-route': true }, t('monitor.back'))),
    h('h1', {}, t('monitor.title', { id: params.id })), status, canvas, body);

  const load = async () => {
    const [instance, history] = await Promise.all([api(path), api(path + '/history')]);
    const xmlKey = `${instance.processKey}/${instance.processVersion}`;
    if (shownXml !== xmlKey) {
      await viewer.importXML(await api(`/api/processes/${encodeURIComponent(instance.processKey)}/versions/${instance.processVersion}/xml`));
      viewer.get('canvas').zoom('fit-viewport');
      shownXml = xmlKey;
    }
    const counts = elementCounts(instance, history);
    overlay(counts);
    render(instance, history, counts);
    main.dataset.ready = 'true';
  };

  function overlay(counts) {
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    const canvasApi = viewer.get('canvas');
    overlays.remove({ type: 'cf-count' });
    registry.forEach((element) => canvasApi.removeMarker(element.id, 'cf-active'));
    for (const c of counts) {
      if (!registry.get(c.elementId)) continue;
      if (c.active) canvasApi.addMarker(c.elementId, 'cf-active');
      const badges = h('div', { class: 'cf-counts', 'data-element': c.elementId },
        c.active ? h('span', { class: 'cf-count-active', title: t('monitor.active') }, '● ' + c.active) : null,
        c.completed ? h('span', { class: 'cf-count-completed', title: t('monitor.completed') }, '✓ ' + c.completed) : null,
        c.incidents ? h('span', { class: 'cf-count-incident', title: t('monitor.incidents') }, '! ' + c.incidents) : null);
      overlays.add(c.elementId, 'cf-count', { position: { bottom: 12, left: -8 }, html: badges });
    }
  }

  function render(instance, history, counts) {
    const name = (id) => viewer.get('elementRegistry').get(id)?.businessObject?.name || id;
    const variables = Object.entries(instance.variables ?? {});
    mount(body,
      h('dl', { class: 'profile' },
        h('dt', {}, t('instances.process')), h('dd', {}, h('a', { href: href(`/processes/${encodeURIComponent(instance.processKey)}?version=${instance.processVersion}`), 'data-route': true }, `${instance.processKey} v${instance.processVersion}`)),
        h('dt', {}, t('instances.status')), h('dd', { 'data-field': 'status' }, t('instanceStatus.' + instance.status)),
        h('dt', {}, t('worklist.businessKey')), h('dd', {}, instance.businessKey ?? t('common.none')),
        h('dt', {}, t('instances.startedAt')), h('dd', {}, formatDateTime(instance.startedAt))),
      h('section', { 'aria-labelledby': 'counts-title' },
        h('h2', { id: 'counts-title' }, t('monitor.counts')),
        h('table', { class: 'data', 'data-table': 'element-counts' },
          h('thead', {}, h('tr', {}, ['monitor.element', 'monitor.active', 'monitor.completed', 'monitor.incidents'].map((k) => h('th', { scope: 'col' }, t(k))))),
          h('tbody', {}, counts.map((c) => h('tr', { 'data-element': c.elementId },
            h('th', { scope: 'row' }, name(c.elementId)), h('td', {}, String(c.active)), h('td', {}, String(c.completed)), h('td', {}, String(c.incidents))))))),
      h('section', { 'aria-labelledby': 'incidents-title' },
        h('h2', { id: 'incidents-title' }, t('monitor.incidents')),
        instance.incidents.length === 0 ? h('p', { 'data-list': 'incidents-empty' }, t('monitor.noIncidents')) :
          h('ul', { class: 'incidents', 'data-list': 'incidents' }, instance.incidents.map((i) => h('li', { 'data-incident-id': i.incidentId },
            h('p', {}, h('strong', {}, name(i.elementId)), ' · ', i.type, ' · ', h('time', { datetime: i.createdAt }, formatDateTime(i.createdAt))),
            h('p', {}, i.message),
            i.retryable ? h('button', { type: 'button', 'data-action': 'retry', 'aria-label': t('monitor.retryLabel', { element: name(i.elementId) }),
              onclick: (e) => retry(e.currentTarget, i) }, t('monitor.retry')) : null)))),
      h('section', { 'aria-labelledby': 'variables-title' },
        h('h2', { id: 'variables-title' }, t('monitor.variables')),
        variables.length === 0 ? h('p', {}, t('common.none')) : h('table', { class: 'data', 'data-table': 'variables' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('monitor.variable')), h('th', { scope: 'col' }, t('monitor.value')))),
          h('tbody', {}, variables.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, h('code', {}, JSON.stringify(v)))))))),
      h('section', { 'aria-labelledby': 'history-title' },
        h('h2', { id: 'history-title' }, t('monitor.history')),
        historyTimeline(history, 'instance-history', name)));
  }

  async function retry(button, incident) {
    button.disabled = true;
    try {
      await api(`${path}/incidents/${encodeURIComponent(incident.incidentId)}/retry`, { method: 'POST', body: {} });
      showStatus(status, t('monitor.retried'), 'ok');
      await load();
    } catch (error) {
      button.disabled = false;
      showStatus(status, describeError(error), 'error');
    }
  }

  load().catch((error) => showStatus(status, describeError(error), 'error'));
  return () => viewer.destroy();
}
