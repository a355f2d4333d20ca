import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t, tOr } from '../i18n/index.js';
import { href, navigate } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';

const pageSize = 20;

/** A clock's colour as a badge that also says it in words (green / amber / red as the server decided it). */
export function colourBadge(colour) {
  const value = String(colour ?? 'none').toLowerCase();
  return h('span', { class: 'sla colour-' + value, 'data-colour': value }, t('colour.' + value));
}

/**
 * The petition tracker: `GET /api/petitions` (the server limits it to what the caller may see) with the running
 * clock of each petition, its days left, colour and late flags; filters for colour, overdue and closed ones.
 */
export function renderPetitionList(main, _params, query) {
  const status = statusRegion();
  const page = Math.max(1, Number(query.get('page')) || 1);
  const colour = h('select', { id: 'petition-colour' }, ['', 'green', 'amber', 'red'].map((c) =>
    h('option', { value: c, selected: (query.get('colour') ?? '') === c }, c ? t('colour.' + c) : t('petitions.anyColour'))));
  const overdue = h('input', { id: 'petition-overdue', type: 'checkbox', checked: query.get('overdue') === 'true' });
  const closed = h('input', { id: 'petition-closed', type: 'checkbox', checked: query.get('includeClosed') === 'true' });
  const body = h('div', {}, t('common.loading'));

  const go = (nextPage) => {
    const search = new URLSearchParams();
    if (colour.value) search.set('colour', colour.value);
    if (overdue.checked) search.set('overdue', 'true');
    if (closed.checked) search.set('includeClosed', 'true');
    if (nextPage > 1) search.set('page', String(nextPage));
    navigate('/petitions' + (search.size ? '?' + search : ''));
  };

  mount(main,
    h('h1', {}, t('petitions.title')),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => { e.preventDefault(); go(1); } },
      h('label', { for: 'petition-colour' }, t('petitions.colour')), colour,
      h('span', { class: 'check' }, overdue, h('label', { for: 'petition-overdue' }, t('petitions.overdueOnly'))),
      h('span', { class: 'check' }, closed, h('label', { for: 'petition-closed' }, t('petitions.includeClosed'))),
      h('button', { type: 'submit' }, t('persons.apply'))),
    status, body);

  const request = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const name of ['colour', 'overdue', 'includeClosed']) {
    if (query.get(name)) request.set(name, query.get(name));
  }
  api('/api/petitions?' + request).then((result) => {
    if (result.items.length === 0) {
      mount(body, h('p', {}, t('petitions.empty')));
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    mount(body,
      h('table', { class: 'data', 'data-table': 'petitions' },
        h('caption', {}, t('petitions.total', { total: result.total, page: result.page, pages })),
        h('thead', {}, h('tr', {}, ['petitions.id', 'petitions.category', 'petitions.received', 'petitions.status', 'petitions.clock', 'petitions.dueOn', 'petitions.daysLeft', 'petitions.colour', 'petitions.flags']
          .map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, result.items.map((p) => h('tr', { 'data-petition-id': p.id, 'data-overdue': String(p.overdue) },
          h('th', { scope: 'row' }, h('a', { href: href('/petitions/' + encodeURIComponent(p.id)), 'data-route': true,
            'aria-label': t('petitions.openLabel', { id: p.id }) }, p.id)),
          h('td', {}, tOr('category.' + p.matterCategory, p.matterCategory)),
          h('td', {}, p.receivedOn),
          h('td', {}, tOr('petitionStatus.' + p.status, p.status)),
          h('td', {}, p.clock ? tOr('clock.' + p.clock, p.clock) : t('common.none')),
          h('td', {}, p.dueOn ?? ''),
          h('td', { 'data-days-left': p.daysLeft ?? '' }, p.daysLeft == null ? '' : t('petitions.days', { days: p.daysLeft })),
          h('td', {}, colourBadge(p.colour)),
          h('td', {}, flags(p)))))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: result.page <= 1, onclick: () => go(result.page - 1) }, t('persons.previous')),
        h('button', { type: 'button', disabled: result.page >= pages, onclick: () => go(result.page + 1) }, t('persons.next'))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}

function flags(p) {
  const list = [
    p.overdue && 'petitions.flagOverdue',
    p.noticeLate && 'petitions.flagNoticeLate',
    p.handlingLate && 'petitions.flagHandlingLate',
    p.extended && 'petitions.flagExtended',
    p.repeatOf && 'petitions.flagRepeat',
  ].filter(Boolean);
  return list.length ? h('ul', { class: 'flags' }, list.map((key) => h('li', { 'data-flag': key.slice('petitions.flag'.length) }, t(key)))) : '';
}

/** One petition: its facts, every clock (running, met or lapsed) and the timeline, newest first. */
export function renderPetition(main, params) {
  const status = statusRegion();
  const body = h('div', {}, t('common.loading'));
  mount(main, h('p', {}, h('a', { href: href('/petitions'), 'data-route': true }, t('petitions.back'))), status, body);
  api('/api/petitions/' + encodeURIComponent(params.id)).then((p) => {
    const field = (key, value) => [h('dt', {}, t(key)), h('dd', {}, value ?? t('common.none'))];
    mount(body,
      h('h1', {}, t('petition.title', { id: p.id })),
      h('dl', { class: 'profile' },
        field('petition.petitioner', p.petitionerName),
        field('person.phone', p.petitionerPhoneMasked),
        field('petitions.category', tOr('category.' + p.matterCategory, String(p.matterCategory))),
        field('petition.matter', p.matter),
        field('petitions.received', p.receivedOn),
        field('petitions.status', tOr('petitionStatus.' + p.status, String(p.status))),
        field('petition.stage', tOr('clock.' + p.stage, p.stage))),
      h('section', { 'aria-labelledby': 'clocks-title' },
        h('h2', { id: 'clocks-title' }, t('petition.clocks')),
        h('table', { class: 'data', 'data-table': 'clocks' },
          h('thead', {}, h('tr', {}, ['petitions.clock', 'petition.startedOn', 'petitions.dueOn', 'petitions.daysLeft', 'petition.state', 'petitions.colour']
            .map((key) => h('th', { scope: 'col' }, t(key))))),
          h('tbody', {}, (p.clocks ?? []).map((c) => h('tr', { 'data-clock': c.name },
            h('th', { scope: 'row' }, tOr('clock.' + c.name, c.name)),
            h('td', {}, c.startedOn),
            h('td', {}, c.dueOn),
            h('td', {}, c.daysLeft == null ? '' : t('petitions.days', { days: c.daysLeft })),
            h('td', {}, tOr('clockState.' + c.state, String(c.state)), c.overdue ? [' · ', t('petitions.flagOverdue')] : null),
            h('td', {}, colourBadge(c.colour))))))),
      h('section', { 'aria-labelledby': 'petition-timeline-title' },
        h('h2', { id: 'petition-timeline-title' }, t('person.timeline')),
        h('ol', { class: 'timeline', 'data-list': 'petition-timeline' },
          [...(p.timeline ?? [])].reverse().map((e) => h('li', { 'data-kind': e.kind },
            h('p', { class: 'timeline-head' },
              h('time', { datetime: e.occurredAt }, formatDateTime(e.occurredAt)), ' · ', h('strong', {}, tOr('event.' + e.kind, e.kind)), ' · ', e.actor),
            e.detail ? h('p', {}, e.detail) : null)))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}
