import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href, navigate } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';

const pageSize = 20;

/**
 * The people the caller may see: the server restricts the list to the caller's jurisdictions, so the page only
 * passes the optional search and town filters on.
 */
export function renderPersonList(main, _params, query) {
  const status = statusRegion();
  const q = h('input', { id: 'person-q', type: 'search', value: query.get('q') ?? '' });
  const town = h('input', { id: 'person-town', value: query.get('town') ?? '', inputmode: 'numeric', pattern: '[0-9.]*' });
  const page = Math.max(1, Number(query.get('page')) || 1);
  const body = h('div', {}, t('common.loading'));

  const go = (nextPage) => {
    const search = new URLSearchParams();
    if (q.value.trim()) search.set('q', q.value.trim());
    if (town.value.trim()) search.set('town', town.value.trim());
    if (nextPage > 1) search.set('page', String(nextPage));
    navigate('/persons' + (search.size ? '?' + search : ''));
  };

  mount(main,
    h('h1', {}, t('persons.title')),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => { e.preventDefault(); go(1); } },
      h('label', { for: 'person-q' }, t('persons.search')), q,
      h('label', { for: 'person-town' }, t('persons.town')), town,
      h('button', { type: 'submit' }, t('persons.apply'))),
    status, body);

  const request = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (query.get('q')) request.set('q', query.get('q'));
  if (query.get('town')) request.set('town', query.get('town'));
  api('/api/persons?' + request).then((result) => {
    if (result.items.length === 0) {
      mount(body, h('p', {}, t('persons.empty')));
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    mount(body,
      h('table', { class: 'data', 'data-table': 'persons' },
        h('caption', {}, t('persons.total', { total: result.total, page: result.page, pages })),
        h('thead', {}, h('tr', {}, ['persons.name', 'persons.gender', 'persons.birthDate', 'persons.idNumber', 'persons.village', 'persons.updatedAt']
          .map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, result.items.map((p) => h('tr', { 'data-person-id': p.id },
          h('th', { scope: 'row' }, h('a', { href: href('/persons/' + encodeURIComponent(p.id)), 'data-route': true,
            'aria-label': t('persons.openLabel', { name: p.name }) }, p.name)),
          h('td', {}, t('gender.' + p.gender)),
          h('td', {}, p.birthDate),
          h('td', {}, p.idNumberMasked),
          h('td', {}, p.villageCode),
          h('td', {}, formatDateTime(p.updatedAt)))))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: result.page <= 1, onclick: () => go(result.page - 1) }, t('persons.previous')),
        h('button', { type: 'button', disabled: result.page >= pages, onclick: () => go(result.page + 1) }, t('persons.next'))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}
