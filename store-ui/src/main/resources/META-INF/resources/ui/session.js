// The manager's session: a token from POST /api/v1/sessions (no terminal token: the agent binds it
// to the back-office pseudo-terminal), kept in sessionStorage (this tab only, gone when it closes),
// sent as the Rebound-Session header. No cookies, so no CSRF.

const KEY = 'rebound.ui.session';

/** The signed-in person {token, username, role, expiresAt}, or null. */
export function current() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    if (s && s.expiresAt && Date.parse(s.expiresAt) <= Date.now()) {
      clear();
      return null;
    }
    return s;
  } catch (e) {
    return null;
  }
}

export function save(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clear() {
  sessionStorage.removeItem(KEY);
}

/** Request headers of the current session. */
export function headers() {
  const s = current();
  return s ? { 'Rebound-Session': s.token } : {};
}

export function isManager() {
  const s = current();
  return !!s && s.role === 'MANAGER';
}

/** An Idempotency-Key of letters only (never a digit run that could look like a card number). */
export function idempotencyKey(prefix) {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}
