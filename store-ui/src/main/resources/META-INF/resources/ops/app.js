// Ops console entry: login, hash routing (#/fleet, #/backlog, #/returns, #/returns/<id>,
// #/dead-letters, #/exceptions), navigation state. Each view module exports render(container,
// params) and may return a cleanup function (closing streams and timers).
import { h, show, failure } from '/assets/rebound.js';
import { initSession, session, login, logout, refresh, isOperator } from './session.js';
import * as fleet from './fleet.js';
import * as backlog from './backlog.js';
import * as returns from './returns.js';
import * as detail from './detail.js';
import * as deadLetters from './dead-letters.js';
import * as exceptions from './exceptions.js';
import * as reconciliation from './reconciliation.js';

// Diagnostics: anything the Content-Security-Policy blocks is logged and kept (tests assert none).
window.reboundOps = { chart: null, violations: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  const text = `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber || ''})`;
  window.reboundOps.violations.push(text);
  console.warn(`Content-Security-Policy: ${text}`);
});

const view = document.getElementById('view');
const top = document.getElementById('top');
let cleanup = null;

const routes = [
  { pattern: /^\/fleet$/, nav: 'fleet', title: 'Fleet', module: fleet },
  { pattern: /^\/backlog$/, nav: 'backlog', title: 'Backlog and sync lag', module: backlog },
  { pattern: /^\/returns$/, nav: 'returns', title: 'Returns', module: returns },
  { pattern: /^\/returns\/([^/]+)$/, nav: 'returns', title: 'Return', module: detail },
  { pattern: /^\/dead-letters$/, nav: 'dead-letters', title: 'Dead letters', module: deadLetters },
  { pattern: /^\/exceptions$/, nav: 'exceptions', title: 'Exceptions', module: exceptions },
  { pattern: /^\/reconciliation$/, nav: 'reconciliation', title: 'Reconciliation', module: reconciliation },
  { pattern: /^\/reconciliation\/(\d+)$/, nav: 'reconciliation', title: 'Reconciliation run', module: reconciliation },
];

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/fleet';
  const [path, query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}

function stop() {
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
}

async function route() {
  stop();
  if (!session()) {
    showLogin();
    return;
  }
  top.hidden = false;
  document.getElementById('who').textContent =
    `${session().username} (${isOperator() ? 'operator' : 'viewer'})`;
  const { path, params } = parseHash();
  const match = routes.map((r) => ({ r, m: path.match(r.pattern) })).find((x) => x.m);
  for (const a of document.querySelectorAll('#nav a')) {
    if (match && a.dataset.testid === `nav-${match.r.nav}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!match) {
    show(view, h('section', { class: 'card' }, h('h1', {}, 'Not found'),
      h('p', { class: 'empty' }, `No page at #${path}. `, h('a', { href: '#/fleet' }, 'Go to the fleet'))));
    return;
  }
  document.title = `${match.r.title} — Rebound ops`;
  try {
    cleanup = await match.r.module.render(view, { params, id: match.m[1] && decodeURIComponent(match.m[1]) });
  } catch (e) {
    show(view, failure(e));
  }
}

function showLogin(message) {
  top.hidden = true;
  document.title = 'Log in — Rebound ops';
  const error = h('div', { 'aria-live': 'assertive' }, message ? h('p', { class: 'error', role: 'alert' }, message) : null);
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true, 'data-testid': 'login-user' });
  const pass = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const submit = h('button', { type: 'submit', 'data-testid': 'login-submit' }, 'Log in');
  const form = h('form', {
    'data-testid': 'login-form',
    onsubmit: async (ev) => {
      ev.preventDefault();
      submit.disabled = true;
      try {
        await login(user.value, pass.value);
        route();
      } catch (e) {
        show(error, failure(e));
        submit.disabled = false;
        pass.select();
      }
    },
  },
  h('label', { for: 'login-user' }, 'User name', user),
  h('label', { for: 'login-password' }, 'Password', pass),
  submit);
  show(view, h('section', { class: 'card login' }, h('h1', {}, 'Rebound ops console'), error, form));
  user.focus();
}

initSession(() => showLogin('Your session ended. Please log in again.'));
document.getElementById('logout').addEventListener('click', async () => {
  stop();
  await logout().catch(() => {});
  showLogin();
});
// the skip link moves focus to the page content (its href would be taken for a route)
document.querySelector('a.skip').addEventListener('click', (e) => {
  e.preventDefault();
  view.focus();
});
window.addEventListener('hashchange', route);
if (session()) {
  refresh().then(route, (e) => (session() ? show(view, failure(e)) : null));
} else {
  route();
}
