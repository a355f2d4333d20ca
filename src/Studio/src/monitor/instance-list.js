import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href, navigate } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';

const pageSize = 20;

/** Running and ended instances from `GET /api/instances`, filtered by process, status and open incidents. */
export function renderInstanceList(main, _params, query) {
  const status = statusRegion();
  const page = Math.max(1, Number(query.get('page')) || 1);
  const key = h('input', { id: 'instance-key', value: query.get('processKey') ?? '' });
  const state = h('select', { id: 'instance-status' }, ['', 'active', 'completed', 'cancelled'].map((s) =>
    h('option', { value: s, selected: (query.get('status') ?? '') === s }, s ? t('instanceStatus.' + s) : t('instances.anyStatus'))));
  const incidents = h('input', { id: 'instance-incidents', type: 'checkbox', checked: query.get('hasIncidents') === 'true' });
  const body = h('div', {}, t('common.loading'));

  const go = (nextPage) => {
    const search = new URLSearchParams();
    if (key.value.trim()) search.set('processKey', key.value.trim());
    if (state.value) search.set('status', state.value);
    if (incidents.checked) search.set('hasIncidents', 'true');
    if (nextPage > 1) search.set('page', String(nextPage));
    navigate('/instances' + (search.size ? '?' + search : ''));
  };

  mount(main,
    h('h1', {}, t('instances.title')),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => { e.preventDefault(); go(1); } },
      h('label', { for: 'instance-key' }, t('processes.key')), key,
      h('label', { for: 'instance-status' }, t('instances.status')), state,
      h('span', { class: 'check' }, incidents, h('label', { for: 'instance-incidents' }, t('instances.withIncidents'))),
      h('button', { type: 'submit' }, t('persons.apply'))),
    status, body);

  const request = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const name of ['processKey', 'status', 'hasIncidents']) {
    if (query.get(name)) request.set(name, query.get(name));
  }
  api('/api/instances?' + request).then((result) => {
    if (result.items.length === 0) {
      mount(body, h('p', {}, t('instances.empty')));
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    mount(body,
      h('table', { class: 'data', 'data-table': 'instances' },
        h('caption', {}, t('instances.total', { total: result.total, page: result.page, pages })),
        h('thead', {}, h('tr', {}, ['instances.id', 'instances.process', 'worklist.businessKey', 'instances.status', 'instances.openTasks', 'instances.incidents', 'instances.startedAt']
          .map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, result.items.map((i) => h('tr', { 'data-instance-id': i.instanceId },
          h('th', { scope: 'row' }, h('a', { href: href('/instances/' + encodeURIComponent(i.instanceId)), 'data-route': true,
            'aria-label': t('instances.openLabel', { id: i.instanceId }) }, i.instanceId.slice(0, 13) + '…')),
          h('td', {}, `${i.processKey} v${i.processVersion}`),
          h('td', {}, i.businessKey ?? ''),
          h('td', {}, t('instanceStatus.' + i.status)),
          h('td', {}, String(i.openTasks)),
          h('td', { class: i.openIncidents ? 'has-incidents' : null }, String(i.openIncidents)),
          h('td', {}, formatDateTime(i.startedAt)))))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: result.page <= 1, onclick: () => go(result.page - 1) }, t('persons.previous')),
        h('button', { type: 'button', disabled: result.page >= pages, onclick: () => go(result.page + 1) }, t('persons.next'))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}
