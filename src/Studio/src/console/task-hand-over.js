import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n/index.js';
import { user } from '../session.js';

/**
 * Assign (指派) and delegate (委托) of a task to another user. The user field suggests colleagues from
 * `GET /api/colleagues` (the caller's part of the jurisdiction tree), searched as the user types, by login or name;
 * any other account can still be typed and the server decides. `send(name, login)` runs the command and says if it
 * went through.
 */
export function handOverSection(task, { mayAssign, mayDelegate, send }) {
  if (!mayAssign && !mayDelegate) return null;
  const input = h('input', { id: 'hand-over-user', type: 'text', list: 'hand-over-users', autocomplete: 'off', maxlength: '200', required: true });
  const suggestions = h('datalist', { id: 'hand-over-users' });
  const message = h('p', { class: 'field-error', id: 'hand-over-error', role: 'alert' });
  input.setAttribute('aria-describedby', 'hand-over-hint hand-over-error');
  let searching = 0;
  let timer = null;
  const suggest = () => {
    const id = ++searching;
    suggestColleagues(input.value.trim(), suggestions, () => id === searching)
      .catch(() => { /* suggestions are a convenience; typing still works */ });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 250);
  });
  suggest();

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

/** Fills `datalist` with the colleagues matching `q` (login as the value, display name as the label), unless a newer search started. */
async function suggestColleagues(q, datalist, current) {
  const colleagues = await api('/api/colleagues' + (q ? '?' + new URLSearchParams({ q }) : ''));
  if (!current()) return;
  const me = user()?.login;
  datalist.replaceChildren(...colleagues
    .filter((c) => c.login !== me)
    .map((c) => h('option', { value: c.login, label: c.displayName })));
}
