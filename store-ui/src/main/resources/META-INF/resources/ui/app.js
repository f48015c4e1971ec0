// The store manager's screen: login, banner, hash routes, and the one live stream of the pending
// queue shared by every page. Views live in views/*.js and render into <main id="view">.
import { api, configureAuth, show, failure, streamEvents } from '../assets/rebound.js';
import * as session from './session.js';
import { renderBanner } from './views/banner.js';
import { renderLogin } from './views/login.js';
import { renderPending } from './views/pending.js';
import { renderReturns } from './views/returns.js';
import { renderDetail } from './views/detail.js';
import { renderApprovals } from './views/approvals.js';

// A marker of this page load: tests check it stays the same while the queue updates live.
window.__loadId = `${Date.now()}-${Math.random()}`;

const state = {
  status: null, // last GET /api/v1/status
  snapshot: null, // last pending-queue snapshot (SSE)
  live: 'connecting',
  stream: null,
  statusTimer: null,
  listeners: new Set(), // views that re-render on a new snapshot
};

/** Shared with the views. */
export const app = {
  state,
  zone: () => (state.status && state.status.offlineCash && state.status.offlineCash.timeZone) || undefined,
  onSnapshot(fn) {
    state.listeners.add(fn);
    return () => state.listeners.delete(fn);
  },
  refreshStatus,
  go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  },
};

// A 401 with a session means it ended (expired, agent restarted); a failed login is the login
// form's own business.
configureAuth(session.headers, () => {
  if (session.current()) signedOut('Your session ended; sign in again.');
});

function signedOut(message) {
  session.clear();
  stopLive();
  document.getElementById('top').hidden = true;
  document.getElementById('banner').hidden = true;
  renderLogin(document.getElementById('view'), message, signedIn);
}

function signedIn() {
  const s = session.current();
  document.getElementById('top').hidden = false;
  document.getElementById('banner').hidden = false;
  document.getElementById('who').textContent = `${s.username} (${s.role.toLowerCase()})`;
  startLive();
  route();
}

function startLive() {
  stopLive();
  refreshStatus();
  state.statusTimer = setInterval(refreshStatus, 5000);
  state.stream = streamEvents('/api/v1/pending/stream', (event) => {
    if (event.event !== 'snapshot') return;
    state.snapshot = event.data;
    paintBanner();
    refreshStatus(); // the queue changed: so may the banner's figures
    for (const fn of state.listeners) fn(event.data);
  }, (live) => {
    state.live = live;
    paintBanner();
  });
}

function stopLive() {
  if (state.stream) state.stream.abort();
  if (state.statusTimer) clearInterval(state.statusTimer);
  state.stream = null;
  state.statusTimer = null;
  state.snapshot = null;
  state.listeners.clear();
}

async function refreshStatus() {
  try {
    state.status = await api('/api/v1/status');
    state.statusError = null;
  } catch (e) {
    state.statusError = e;
  }
  paintBanner();
}

function paintBanner() {
  const banner = document.getElementById('banner');
  if (banner.hidden) return;
  renderBanner(banner, state, app.zone());
  const name = document.getElementById('store-name');
  if (state.status) name.textContent = state.status.storeId;
  const count = document.getElementById('approvals-count');
  const waiting = state.snapshot
    ? state.snapshot.refunds.filter((r) => r.status === 'PENDING_APPROVAL').length
    : 0;
  count.textContent = waiting ? String(waiting) : '';
  count.setAttribute('aria-label', `${waiting} waiting`);
}

function route() {
  if (!session.current()) {
    signedOut();
    return;
  }
  const view = document.getElementById('view');
  state.listeners.clear();
  const [path, query] = (location.hash.replace(/^#/, '') || '/pending').split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  const name = parts[0] || 'pending';
  for (const a of document.querySelectorAll('header.top nav a')) {
    if (a.dataset.route === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  try {
    if (name === 'returns' && parts[1]) renderDetail(view, app, decodeURIComponent(parts[1]));
    else if (name === 'returns') renderReturns(view, app, params);
    else if (name === 'approvals') renderApprovals(view, app);
    else renderPending(view, app);
  } catch (e) {
    show(view, failure(e));
  }
}

async function logout() {
  try {
    await api('/api/v1/sessions/current', { method: 'DELETE' });
  } catch (e) {
    // signed out locally whatever the agent says
  }
  signedOut('Signed out.');
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  document.getElementById('logout').addEventListener('click', logout);
  if (session.current()) signedIn();
  else signedOut();
});

