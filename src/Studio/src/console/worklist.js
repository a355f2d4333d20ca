import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href, navigate } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';
import { dueText, slaBadge } from './sla.js';

const pageSize = 20;

// Views every caseworker has without saving anything; saved filters follow them.
const builtIn = [
  { id: 'all', key: 'worklist.all', query: {} },
  { id: 'mine', key: 'worklist.mine', query: { assignedToMe: 'true' } },
  { id: 'claimable', key: 'worklist.claimable', query: { candidateForMe: 'true' } },
  { id: 'overdue', key: 'worklist.overdue', query: { overdue: 'true' } },
  { id: 'overdueList', key: 'worklist.overdueList', query: { overdueList: 'true' } },
];

/**
 * The worklist: `GET /api/tasks` with a built-in view or a saved filter (each with its count), an SLA and text
 * filter on top, sorted by due date, paged. Everything is links, buttons and form controls, so it works from the keyboard.
 */
export function renderWorklist(main, _params, query) {
  const status = statusRegion();
  const view = query.get('view') ?? 'all';
  const savedId = query.get('filter');
  const page = Math.max(1, Number(query.get('page')) || 1);
  const q = h('input', { id: 'task-q', type: 'search', value: query.get('q') ?? '' });
  const sla = h('select', { id: 'task-sla' },
    ['', 'on_track', 'at_risk', 'overdue', 'paused'].map((s) => h('option', { value: s, selected: (query.get('sla') ?? '') === s }, s ? t('sla.' + s) : t('worklist.anySla'))));
  const filterNav = h('ul', { class: 'filter-tabs', 'data-list': 'filters' });
  const body = h('div', {}, t('common.loading'));

  const go = (changes) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value); else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    navigate('/worklist' + (next.size ? '?' + next : ''));
  };
  const current = () => {
    const search = new URLSearchParams();
    if (savedId) search.set('filter', savedId);
    else for (const [name, value] of Object.entries(builtIn.find((b) => b.id === view)?.query ?? {})) search.set(name, value);
    if (query.get('q')) search.set('q', query.get('q'));
    if (query.get('sla')) search.set('sla', query.get('sla'));
    return search;
  };

  const name = h('input', { id: 'filter-name', maxlength: '100', required: true });
  mount(main,
    h('h1', {}, t('worklist.title')),
    h('nav', { 'aria-label': t('worklist.filters') }, filterNav),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => { e.preventDefault(); go({ q: q.value.trim(), sla: sla.value }); } },
      h('label', { for: 'task-q' }, t('worklist.search')), q,
      h('label', { for: 'task-sla' }, t('worklist.sla')), sla,
      h('button', { type: 'submit' }, t('persons.apply'))),
    status, body,
    h('form', { class: 'filters save-filter', onsubmit: (e) => { e.preventDefault(); saveFilter(); } },
      h('label', { for: 'filter-name' }, t('worklist.saveName')), name,
      h('button', { type: 'submit' }, t('worklist.save'))));

  const link = (id, label, count, search) => h('li', {},
    h('a', { href: href('/worklist?' + search), 'data-route': true, 'data-filter': id,
      'aria-current': (savedId ? savedId === id : view === id) ? 'page' : null },
    label, ' ', h('span', { class: 'count', 'aria-label': t('worklist.countLabel', { count }) }, count === null ? '…' : String(count))));

  async function loadFilters() {
    // Built-in counts: the total of a one-row page each; saved filters come with the server's count.
    const [saved, ...totals] = await Promise.all([
      api('/api/tasks/filters'),
      ...builtIn.map((b) => api('/api/tasks?' + new URLSearchParams({ ...b.query, pageSize: '1' })).then((r) => r.total)),
    ]);
    mount(filterNav,
      builtIn.map((b, i) => link(b.id, t(b.key), totals[i], new URLSearchParams({ view: b.id }))),
      (saved.items ?? saved).map((f) => link(f.id, f.name, f.count, new URLSearchParams({ filter: f.id }))));
  }

  async function saveFilter() {
    const filter = {};
    for (const [key, value] of current()) {
      if (key !== 'filter') filter[key] = value === 'true' ? true : value;
    }
    try {
      await api('/api/tasks/filters', { method: 'POST', body: { name: name.value.trim(), filter } });
      name.value = '';
      showStatus(status, t('worklist.saved'), 'ok');
      await loadFilters();
    } catch (error) {
      showStatus(status, describeError(error), 'error');
    }
  }

  const request = current();
  request.set('sort', 'due');
  request.set('page', String(page));
  request.set('pageSize', String(pageSize));
  loadFilters().catch((error) => showStatus(status, describeError(error), 'error'));
  api('/api/tasks?' + request).then((result) => {
    if (result.items.length === 0) {
      mount(body, h('p', {}, t('worklist.empty')));
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    mount(body,
      h('table', { class: 'data', 'data-table': 'tasks' },
        h('caption', {}, t('worklist.total', { total: result.total, page: result.page, pages })),
        h('thead', {}, h('tr', {}, ['worklist.task', 'worklist.process', 'worklist.businessKey', 'worklist.assignee', 'worklist.sla', 'worklist.due', 'worklist.created']
          .map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, result.items.map((task) => h('tr', { 'data-task-id': task.id, 'data-sla': task.sla?.status ?? 'none' },
          h('th', { scope: 'row' }, h('a', { href: href('/tasks/' + encodeURIComponent(task.id)), 'data-route': true,
            'aria-label': t('worklist.openLabel', { name: task.name ?? task.elementId }) }, task.name ?? task.elementId)),
          h('td', {}, `${task.processKey} v${task.processVersion}`),
          h('td', {}, task.businessKey ?? ''),
          h('td', {}, task.assignee ?? t('worklist.unassigned')),
          h('td', {}, slaBadge(task.sla)),
          h('td', {}, dueText(task.sla, task.dueAt)),
          h('td', {}, formatDateTime(task.createdAt)))))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: result.page <= 1, onclick: () => go({ page: String(result.page - 1) }) }, t('persons.previous')),
        h('button', { type: 'button', disabled: result.page >= pages, onclick: () => go({ page: String(result.page + 1) }) }, t('persons.next'))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}
