// Sign in with a manager (or associate) account of this store. No terminal token: the agent opens a
// session of its back-office pseudo-terminal.
import { api, h, show } from '../../assets/rebound.js';
import * as session from '../session.js';

export function renderLogin(view, message, done) {
  const error = h('div', { 'data-testid': 'login-error', 'aria-live': 'assertive' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true, 'data-testid': 'username' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'password' });
  const submit = h('button', { type: 'submit', 'data-testid': 'login-submit' }, 'Sign in');
  const form = h('form', { 'data-testid': 'login-form', onsubmit: async (e) => {
    e.preventDefault();
    submit.disabled = true;
    show(error);
    try {
      const s = await api('/api/v1/sessions', { method: 'POST', body: { username: username.value.trim(), password: password.value } });
      session.save({ token: s.token, username: s.username, role: s.role, expiresAt: s.expiresAt });
      done();
    } catch (err) {
      const text = err.status === 401 ? 'Unknown username or wrong password.'
        : err.status === 429 ? (err.message || 'Too many attempts; wait and try again.')
          : err.message;
      show(error, h('p', { class: 'error', role: 'alert' }, text));
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  } },
  h('label', { for: 'username' }, 'Username', username),
  h('label', { for: 'password' }, 'Password', password),
  submit);
  show(view, h('section', { class: 'card login', 'data-testid': 'login' },
    h('h1', {}, 'Store manager sign-in'),
    message ? h('p', { class: 'muted', role: 'status' }, message) : null,
    form, error));
  username.focus();
}
