import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href } from '../router.js';
import { describeError, showStatus, statusRegion } from './status.js';

export function renderProcessList(main) {
  const status = statusRegion();
  const body = h('div', {}, t('common.loading'));
  mount(main,
    h('div', { class: 'page-head' },
      h('h1', {}, t('processes.title')),
      h('a', { class: 'button primary', href: href('/processes/new'), 'data-route': true }, t('processes.new'))),
    status, body);

  api('/api/processes').then((processes) => {
    if (processes.length === 0) {
      mount(body, h('p', {}, t('processes.empty')));
      return;
    }
    const headers = ['processes.key', 'processes.name', 'processes.latest', 'processes.published', 'processes.versions',
      'processes.drafts', 'processes.deployedAt', 'processes.instances'];
    mount(body, h('table', { class: 'data', 'data-table': 'processes' },
      h('caption', { class: 'visually-hidden' }, t('processes.title')),
      h('thead', {}, h('tr', {}, headers.map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, processes.map((p) => h('tr', { 'data-process-key': p.key },
        h('th', { scope: 'row' }, h('a', { href: href('/processes/' + encodeURIComponent(p.key)), 'data-route': true,
          'aria-label': t('processes.openLabel', { key: p.key }) }, p.key)),
        h('td', {}, p.name ?? ''),
        h('td', {}, p.latestVersion),
        h('td', { 'data-cell': 'published' }, p.publishedVersion ?? t('common.none')),
        h('td', {}, p.versionCount),
        h('td', {}, p.draftCount),
        h('td', {}, formatDateTime(p.lastDeployedAt)),
        h('td', { 'data-cell': 'instances' }, instanceCount(p.key)))))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}

/** Running instances of one process: the total of a one-row page of `GET /api/instances`, filled in when it arrives. */
function instanceCount(key) {
  const cell = h('span', {}, '…');
  api('/api/instances?' + new URLSearchParams({ processKey: key, status: 'active', pageSize: '1' }))
    .then((page) => {
      mount(cell, t('processes.running', { count: page.total }));
    })
    .catch(() => mount(cell, t('common.none')));
  return cell;
}
