import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n/index.js';
import { navigate } from '../router.js';
import { canDesign, signIn } from '../session.js';
import { describeError } from './status.js';

export function renderLogin(main, _params, query) {
  const error = h('p', { id: 'login-error', class: 'error', role: 'alert' }, query.get('expired') ? t('auth.expired') : '');
  const login = h('input', { id: 'login', name: 'login', autocomplete: 'username', required: true, 'aria-describedby': 'login-error' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'login-error' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('auth.submit'));

  const form = h('form', { class: 'login-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    if (!login.value.trim() || !password.value) {
      error.textContent = t('error.INVALID_CREDENTIALS');
      return;
    }
    submit.disabled = true;
    submit.textContent = t('auth.signingIn');
    try {
      const issued = await api('/api/auth/token', { method: 'POST', body: { login: login.value.trim(), password: password.value } });
      // /me needs the new token, so it is stored first and replaced with the full user once known.
      signIn(issued, { login: login.value.trim(), roles: [] });
      const me = await api('/api/auth/me');
      signIn(issued, me);
      navigate(canDesign() ? '/processes' : '/persons');
    } catch (failure) {
      error.textContent = describeError(failure);
      password.value = '';
      password.focus();
      submit.disabled = false;
      submit.textContent = t('auth.submit');
    }
  } },
  h('h1', {}, t('auth.title')),
  h('label', { for: 'login' }, t('auth.login')), login,
  h('label', { for: 'password' }, t('auth.password')), password,
  error, submit);
  mount(main, h('section', { class: 'login' }, form));
  login.focus();
}
