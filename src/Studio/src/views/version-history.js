import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';
import { describeError } from './status.js';
import { lineDiff } from './line-diff.js';
import { xmlLines } from './xml-lines.js';

const context = 2;

/** The versions of a process, newest first, with load, publish/retire and a diff against the previous version. */
export function renderVersionHistory(container, versions, actions) {
  const diffArea = h('div', { class: 'diff-area' });
  const rows = [...versions].reverse().map((v) => h('tr', { 'data-version': v.version, 'data-status': v.status },
    h('th', { scope: 'row' }, v.version),
    h('td', {}, h('span', { class: `badge status-${v.status}` }, t('status.' + v.status))),
    h('td', {}, v.deployedBy),
    h('td', {}, formatDateTime(v.deployedAt)),
    h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'link-button', 'aria-label': t('versions.load', { version: v.version }),
        onclick: () => actions.load(v.version) }, t('common.open')),
      v.status === 'published'
        ? h('button', { type: 'button', class: 'link-button', 'data-action': 'unpublish', 'aria-label': t('versions.unpublishLabel', { version: v.version }),
          onclick: (e) => actions.unpublish(v.version, e.currentTarget) }, t('versions.unpublish'))
        : h('button', { type: 'button', class: 'link-button', 'data-action': 'publish-version', 'aria-label': t('versions.publishLabel', { version: v.version }),
          onclick: (e) => actions.publish(v.version, e.currentTarget) }, t('versions.publish')),
      v.version > 1
        ? h('button', { type: 'button', class: 'link-button', 'data-action': 'diff', 'aria-label': t('versions.diffLabel', { version: v.version }),
          onclick: () => showDiff(diffArea, v.version - 1, v.version, actions.readXml) }, t('versions.diff'))
        : null)));
  mount(container,
    h('h2', { id: 'versions-title' }, t('versions.title')),
    h('table', { class: 'data', 'data-table': 'versions' },
      h('thead', {}, h('tr', {}, ['versions.version', 'versions.status', 'versions.deployedBy', 'versions.deployedAt', 'versions.actions']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, rows)),
    diffArea);
}

async function showDiff(area, from, to, readXml) {
  mount(area, t('common.loading'));
  try {
    const [before, after] = await Promise.all([readXml(from), readXml(to)]);
    const lines = lineDiff(xmlLines(before), xmlLines(after));
    const added = lines.filter((l) => l.kind === '+').length;
    const removed = lines.filter((l) => l.kind === '-').length;
    const shown = lines.filter((_, i) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== ' '));
    mount(area,
      h('h3', { id: 'diff-title', tabindex: '-1' }, t('diff.title', { from, to })),
      h('p', {}, added + removed === 0 ? t('diff.same') : t('diff.summary', { added, removed })),
      added + removed === 0 ? null : h('pre', { class: 'diff', 'aria-labelledby': 'diff-title' },
        shown.map((l) => h(l.kind === '+' ? 'ins' : l.kind === '-' ? 'del' : 'span', { class: 'diff-line' }, `${l.kind} ${l.text}\n`))));
    area.querySelector('#diff-title').focus();
  } catch (error) {
    mount(area, h('p', { class: 'error', role: 'alert' }, describeError(error)));
  }
}
