import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { href, navigate } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';

/** The deployed user-task forms (`GET /api/forms`) and a way to start a new one under a key. */
export function renderFormList(main) {
  const status = statusRegion();
  const body = h('div', {}, t('common.loading'));
  const key = h('input', { id: 'new-form-key', pattern: '[A-Za-z][A-Za-z0-9_.\\-]{0,99}', required: true, 'aria-describedby': 'new-form-hint' });
  mount(main,
    h('h1', {}, t('forms.title')),
    h('form', { class: 'filters', onsubmit: (e) => {
      e.preventDefault();
      if (key.checkValidity()) navigate('/forms/' + encodeURIComponent(key.value.trim()));
      else showStatus(status, t('forms.keyInvalid'), 'error');
    } },
    h('label', { for: 'new-form-key' }, t('forms.newKey')), key,
    h('span', { id: 'new-form-hint', class: 'muted' }, t('forms.keyHint')),
    h('button', { type: 'submit', class: 'primary' }, t('forms.new'))),
    status, body);

  api('/api/forms').then((list) => {
    if (list.items.length === 0) {
      mount(body, h('p', {}, t('forms.empty')));
      return;
    }
    mount(body, h('table', { class: 'data', 'data-table': 'forms' },
      h('caption', { class: 'visually-hidden' }, t('forms.title')),
      h('thead', {}, h('tr', {}, ['forms.key', 'processes.name', 'processes.latest', 'versions.deployedBy', 'versions.deployedAt'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, list.items.map((f) => h('tr', { 'data-form-key': f.key },
        h('th', { scope: 'row' }, h('a', { href: href('/forms/' + encodeURIComponent(f.key)), 'data-route': true, 'aria-label': t('forms.openLabel', { key: f.key }) }, f.key)),
        h('td', {}, f.name), h('td', {}, String(f.latestVersion)), h('td', {}, f.deployedBy), h('td', {}, formatDateTime(f.deployedAt)))))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}
