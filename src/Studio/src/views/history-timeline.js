import { h } from '../dom.js';
import { formatDateTime, t, tOr } from '../i18n/index.js';

/**
 * An instance's history as a timeline, newest first: when, what, on which element, by whom, the detail (a reason,
 * a deadline) and who it notified, so a reader sees who was told of a breach as well as that it happened.
 */
export function historyTimeline(history, listName, elementName = (id) => id) {
  return h('ol', { class: 'timeline', 'data-list': listName }, [...(history ?? [])].reverse().map((e) => h('li', { 'data-kind': e.kind },
    h('p', { class: 'timeline-head' }, h('time', { datetime: e.at }, formatDateTime(e.at)), ' · ',
      h('strong', {}, tOr('history.' + e.kind, e.kind)), e.elementId ? ' · ' + elementName(e.elementId) : '', e.actor ? ' · ' + e.actor : ''),
    e.detail ? h('p', {}, e.detail) : null,
    e.notified?.length ? h('p', { class: 'timeline-notified' }, t('history.notified', { logins: e.notified.join('、') })) : null)));
}
