import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t, tOr } from '../i18n/index.js';
import { href } from '../router.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';
import { onNotifications, setUnread } from './live.js';

/**
 * The inbox: newest first, unread ones marked, each linking to its task. New notifications from the live stream
 * are added at the top while the screen is open; a polite live region announces them.
 */
export function renderNotifications(main) {
  const status = statusRegion();
  const list = h('ol', { class: 'notifications', 'data-list': 'notifications' });
  const empty = h('p', {}, t('notifications.empty'));
  let newestId = 0;
  const markAll = h('button', { type: 'button', 'data-action': 'read-all', onclick: readAll }, t('notifications.readAll'));
  mount(main,
    h('div', { class: 'page-head' }, h('h1', {}, t('notifications.title')), h('div', { class: 'toolbar' }, markAll)),
    status, empty, list);

  const item = (n) => {
    const read = h('button', { type: 'button', class: 'link-button', 'data-action': 'read', hidden: !!n.readAt,
      'aria-label': t('notifications.markReadLabel', { title: text(n) }) }, t('notifications.markRead'));
    const li = h('li', { 'data-notification-id': n.id, 'data-unread': String(!n.readAt) },
      h('p', { class: 'timeline-head' },
        h('time', { datetime: n.occurredAt }, formatDateTime(n.occurredAt)), ' · ',
        h('strong', {}, n.readAt ? t('notifications.read') : t('notifications.unread'))),
      h('p', {}, taskLink(n) ? h('a', { href: href(taskLink(n)), 'data-route': true }, text(n)) : text(n)),
      read);
    read.addEventListener('click', async () => {
      try {
        await api(`/api/notifications/${n.id}/read`, { method: 'POST' });
        li.dataset.unread = 'false';
        li.querySelector('strong').textContent = t('notifications.read');
        read.hidden = true;
        const count = await api('/api/notifications/unread-count');
        setUnread(count.unread);
        showStatus(status, t('notifications.marked'), 'ok');
      } catch (error) {
        showStatus(status, describeError(error), 'error');
      }
    });
    newestId = Math.max(newestId, n.id);
    return li;
  };

  async function readAll() {
    try {
      const result = await api('/api/notifications/read-all?upTo=' + newestId, { method: 'POST' });
      setUnread(result.unread);
      await load();
      showStatus(status, t('notifications.marked'), 'ok');
    } catch (error) {
      showStatus(status, describeError(error), 'error');
    }
  }

  async function load() {
    const page = await api('/api/notifications?pageSize=50');
    setUnread(page.unread);
    empty.hidden = page.items.length > 0;
    mount(list, page.items.map(item));
  }

  const stop = onNotifications(({ notification }) => {
    if (notification && !list.querySelector(`[data-notification-id="${notification.id}"]`)) {
      empty.hidden = true;
      list.prepend(item(notification));
      showStatus(status, t('notifications.arrived', { title: text(notification) }));
    }
  });
  load().catch((error) => showStatus(status, describeError(error), 'error'));
  return stop;
}

/** The user's words for a notification by its kind; a kind this client does not know keeps the server's title. */
function text(n) {
  const params = { task: n.taskName ?? '', process: n.processName ?? n.processKey ?? '' };
  const template = tOr('notification.' + n.kind, null);
  return template === null ? n.title : t('notification.' + n.kind, params);
}

function taskLink(n) {
  if (!n.taskId || n.kind === 'incidentRaised') return null;
  const id = n.taskId.includes(':') || !n.instanceId ? n.taskId : `${n.instanceId}:${n.taskId}`;
  return '/tasks/' + encodeURIComponent(id);
}
