import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n/index.js';
import { user } from '../session.js';

/**
 * Assign (指派) and delegate (委托) of a task to another user. The user field suggests the people the caller already
 * works with: the task's candidate users and whoever holds or owns a task in the caller's worklist (no user directory
 * is open to caseworkers); any other account can be typed. `send(name, login)` runs the command and says if it went through.
 */
export function handOverSection(task, { mayAssign, mayDelegate, send }) {
  if (!mayAssign && !mayDelegate) return null;
  const input = h('input', { id: 'hand-over-user', type: 'text', list: 'hand-over-users', autocomplete: 'off', maxlength: '200', required: true });
  const suggestions = h('datalist', { id: 'hand-over-users' });
  const message = h('p', { class: 'field-error', id: 'hand-over-error', role: 'alert' });
  input.setAttribute('aria-describedby', 'hand-over-hint hand-over-error');
  suggestKnownUsers(task, suggestions).catch(() => { /* suggestions are a convenience; typing still works */ });

  async function submit(name) {
    const login = input.value.trim();
    message.textContent = '';
    input.removeAttribute('aria-invalid');
    if (!login) {
      message.textContent = t('task.handOverUserRequired');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    if (login === task.assignee) {
      message.textContent = t('task.handOverSameUser', { user: login });
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    if (await send(name, login)) input.value = '';
  }

  return h('section', { 'aria-labelledby': 'hand-over-title', 'data-section': 'hand-over' },
    h('h2', { id: 'hand-over-title' }, t('task.handOver')),
    h('p', { class: 'muted', id: 'hand-over-hint' }, t('task.handOverHint')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(mayAssign ? 'assign' : 'delegate'); } },
      h('label', { for: 'hand-over-user' }, t('task.handOverUser')), input, suggestions, message,
      h('p', { class: 'actions' },
        mayAssign ? h('button', { type: 'submit', 'data-action': 'assign' }, t('task.assign')) : null,
        mayDelegate ? h('button', { type: 'button', 'data-action': 'delegate', onclick: () => submit('delegate') }, t('task.delegate')) : null)));
}

async function suggestKnownUsers(task, datalist) {
  const page = await api('/api/tasks?' + new URLSearchParams({ pageSize: '100' }));
  const logins = new Set(task.candidateUsers ?? []);
  for (const item of page.items ?? []) {
    if (item.assignee) logins.add(item.assignee);
    if (item.owner) logins.add(item.owner);
    (item.candidateUsers ?? []).forEach((login) => logins.add(login));
  }
  logins.delete(user()?.login);
  [...logins].sort().forEach((login) => datalist.append(h('option', { value: login })));
}
