import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t, tOr } from '../i18n/index.js';
import { href } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';

/** One person's case file: the profile (masked as the server sends it) and the append-only history as a timeline. */
export function renderPersonFile(main, params) {
  const status = statusRegion();
  const body = h('div', {}, t('common.loading'));
  const path = '/api/persons/' + encodeURIComponent(params.id);
  mount(main, h('p', {}, h('a', { href: href('/persons'), 'data-route': true }, t('person.back'))), status, body);

  Promise.all([api(path), api(path + '/history')]).then(([person, events]) => {
    const field = (key, value) => [h('dt', {}, t(key)), h('dd', {}, value ?? t('common.none'))];
    mount(body,
      h('h1', {}, t('person.title', { name: person.name })),
      h('section', { 'aria-labelledby': 'profile-title' },
        h('h2', { id: 'profile-title' }, t('person.profile')),
        h('dl', { class: 'profile' },
          field('persons.gender', t('gender.' + person.gender)),
          field('persons.birthDate', person.birthDate),
          field('persons.idNumber', person.idNumberMasked),
          field('persons.town', person.townCode),
          field('persons.village', person.villageCode),
          field('person.phone', person.phoneMasked),
          field('person.guardian', person.guardian ? `${person.guardian.name}（${person.guardian.relation}）` : null),
          field('person.registeredAt', formatDateTime(person.registeredAt)))),
      h('section', { 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title' }, t('person.timeline')),
        // Kinds and field names the catalogue does not know yet (from newer server versions) show as sent.
        events.length === 0 ? h('p', {}, t('person.timelineEmpty')) : h('ol', { class: 'timeline', 'data-list': 'timeline' },
          [...events].reverse().map((e) => h('li', { 'data-kind': e.kind },
            h('p', { class: 'timeline-head' },
              h('time', { datetime: e.occurredAt }, formatDateTime(e.occurredAt)), ' · ', h('strong', {}, tOr('event.' + e.kind, e.kind)), ' · ', e.actor),
            e.changes?.length ? h('ul', {}, e.changes.map((c) => h('li', {},
              t('person.change', { field: tOr('field.' + c.field, c.field), before: c.before ?? '—', after: c.after ?? '—' })))) : null)))));
  }).catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
}
