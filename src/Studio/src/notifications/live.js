import { api } from '../api.js';
import { token } from '../session.js';

// The signed-in user's unread count and new notifications, kept live over the SSE stream. The stream is read with
// fetch so the token travels in the Authorization header, never in a URL that proxies and histories keep.
const listeners = new Set();
let unread = 0;
let controller = null;
let lastEventId = null;
let retryMs = 3000;
let reconnect = null;

export function unreadCount() {
  return unread;
}

/** Calls `listener({ unread, notification })` on every change; returns the unsubscribe function. */
export function onNotifications(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setUnread(count) {
  unread = Math.max(0, count);
  emit(null);
}

/** Starts the stream once per sign-in; harmless to call again while it runs. */
export function startLive() {
  if (controller || !token()) {
    return;
  }
  controller = new AbortController();
  const signal = controller.signal;
  api('/api/notifications/unread-count', { signal }).then((r) => setUnread(r.unread)).catch(() => {});
  read(signal);
}

export function stopLive() {
  controller?.abort();
  controller = null;
  clearTimeout(reconnect);
  lastEventId = null;
  unread = 0;
}

async function read(signal) {
  try {
    const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${token()}` };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    const response = await fetch('/api/notifications/stream', { headers, signal });
    if (!response.ok || !response.body) throw new Error('stream ' + response.status);
    // Marks the page while the stream is open, for support and the browser tests.
    document.documentElement.dataset.live = 'connected';
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        handleFrame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  } catch {
    // A dropped connection (node restart, network) is retried below; an aborted one ends here.
  }
  delete document.documentElement.dataset.live;
  if (!signal.aborted && token()) {
    reconnect = setTimeout(() => read(signal), retryMs);
  }
}

function handleFrame(frame) {
  let event = 'message';
  let data = '';
  let id = null;
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = text;
    else if (field === 'data') data += (data ? '\n' : '') + text;
    else if (field === 'id') id = text;
    else if (field === 'retry' && /^\d+$/.test(text)) retryMs = Number(text);
  }
  if (id) lastEventId = id;
  if (event === 'notification' && data) {
    const notification = JSON.parse(data);
    if (!notification.readAt) unread += 1;
    emit(notification);
  }
}

function emit(notification) {
  listeners.forEach((listener) => listener({ unread, notification }));
}
