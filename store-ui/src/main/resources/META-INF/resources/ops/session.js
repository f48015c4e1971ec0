// The ops login: a bearer token (rbo_…) from POST /api/v1/ops/sessions, kept in sessionStorage
// (gone when the tab closes), and the role from GET /api/v1/ops/sessions/current.
import { api, configureAuth } from '/assets/rebound.js';

const KEY = 'rebound.ops.session';
let current = null;

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || 'null');
  } catch (e) {
    return null;
  }
}

/** Wires rebound.js to send the token; a 401 anywhere ends the session and shows the login. */
export function initSession(onExpired) {
  current = stored();
  configureAuth(
    () => (current ? { Authorization: `Bearer ${current.token}` } : {}),
    () => {
      if (current) {
        clear();
        onExpired();
      }
    });
}

export function session() {
  return current;
}

/** Whether the logged-in user may change things (replay dead letters). */
export function isOperator() {
  return !!current && (current.roles || []).includes('operator');
}

export async function login(username, password) {
  const created = await api('/api/v1/ops/sessions', { method: 'POST', body: { username, password } });
  current = { token: created.token, username: created.username, roles: [created.role] };
  sessionStorage.setItem(KEY, JSON.stringify(current));
  return refresh();
}

/** Re-reads who we are (roles may have changed since login). */
export async function refresh() {
  const me = await api('/api/v1/ops/sessions/current');
  current = { ...current, username: me.username, roles: me.roles || [] };
  sessionStorage.setItem(KEY, JSON.stringify(current));
  return current;
}

export async function logout() {
  try {
    if (current) await api('/api/v1/ops/sessions/current', { method: 'DELETE' });
  } finally {
    clear();
  }
}

function clear() {
  current = null;
  sessionStorage.removeItem(KEY);
}
