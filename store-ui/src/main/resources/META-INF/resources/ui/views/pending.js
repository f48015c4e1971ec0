// The pending queue: events central has not acknowledged (with age, attempts, state and a retry for
// blocked ones), refunds still owed, and events central refused. Live: re-rendered on every
// snapshot of /api/v1/pending/stream, without reloading the page.
import { api, h, show, time, money, age, empty, failure } from '../../assets/rebound.js';
import * as session from '../session.js';
import { badge, card, returnLink, secondsSince, table } from './common.js';

export function renderPending(view, app) {
  const notice = h('div', { 'aria-live': 'polite', 'data-testid': 'pending-notice' });
  const body = h('div', {});
  show(view, h('h1', {}, 'Pending queue'), notice, body);
  const paint = (snapshot) => {
    if (!snapshot) {
      show(body, h('p', { class: 'muted', 'data-testid': 'pending-loading' }, 'Connecting to the live queue…'));
      return;
    }
    // keep keyboard focus across live re-renders (e.g. on a Retry button or a return link)
    const focused = document.activeElement && body.contains(document.activeElement)
      ? focusKey(document.activeElement) : null;
    show(body, events(snapshot, app, notice), refunds(snapshot, app), refused(snapshot, app));
    if (focused) {
      const again = body.querySelector(focused);
      if (again) again.focus();
    }
  };
  app.onSnapshot(paint);
  paint(app.state.snapshot);
  // ages tick between snapshots; the timer ends with the view
  const ticker = setInterval(() => {
    if (!document.body.contains(body)) {
      clearInterval(ticker);
      return;
    }
    for (const cell of body.querySelectorAll('td[data-since]')) {
      cell.textContent = age(secondsSince(cell.dataset.since));
    }
  }, 1000);
  if (!app.state.snapshot) {
    api('/api/v1/pending').then((s) => { if (!app.state.snapshot) paint(s); })
      .catch((e) => show(body, failure(e)));
  }
}

function focusKey(el) {
  const row = el.closest('tr[data-testid]');
  const what = el.getAttribute('data-testid');
  if (!row || !what) return null;
  const key = row.dataset.sequence ? `[data-sequence="${row.dataset.sequence}"]` : `[data-return-id="${row.dataset.returnId}"]`;
  return `tr[data-testid="${row.dataset.testid}"]${key} [data-testid="${what}"]`;
}

function events(s, app, notice) {
  const zone = app.zone();
  const manager = session.isManager();
  const rows = s.events.map((e) => h('tr', {
    'data-testid': 'pending-event', 'data-sequence': e.sequence, 'data-return-id': e.returnId || '', 'data-state': e.state,
  },
  h('td', { class: 'num' }, String(e.sequence)),
  h('td', {}, e.type),
  h('td', {}, returnLink(e.returnId)),
  h('td', {}, time(e.acceptedAt, zone)),
  h('td', { class: 'num', 'data-testid': 'age', 'data-since': e.acceptedAt }, age(secondsSince(e.acceptedAt))),
  h('td', { class: 'num' }, String(e.attempts)),
  h('td', {}, badge(e.state, 'event-state')),
  h('td', {}, e.state === 'BLOCKED' && manager
    ? h('button', { type: 'button', 'data-testid': 'retry', onclick: (ev) => retry(ev.target, e, notice) }, 'Retry now')
    : null)));
  return card(`Waiting for central (${s.eventCount})`, 'pending-events-card',
    h('p', { class: 'muted' }, 'Events the store recorded that central has not acknowledged yet. ',
      `An event is blocked after ${s.blockedAfterAttempts} sends without an answer; retrying sends everything pending again now.`),
    rows.length ? table('pending-events', ['#', 'Event', 'Return', 'Recorded', { label: 'Age', num: true }, { label: 'Sends', num: true }, 'State', ''], rows)
      : empty('Nothing waiting: central has acknowledged everything.'),
    s.eventCount > s.events.length ? h('p', { class: 'muted' }, `Showing the oldest ${s.events.length} of ${s.eventCount}.`) : null);
}

async function retry(button, e, notice) {
  button.disabled = true;
  try {
    await api(`/api/v1/pending/${e.sequence}/retry`, { method: 'POST' });
    show(notice, h('p', { class: 'ok-note', role: 'status', 'data-testid': 'retry-done' },
      `Event #${e.sequence} is being sent again now.`));
  } catch (err) {
    button.disabled = false;
    show(notice, failure(err));
  }
}

function refunds(s, app) {
  const zone = app.zone();
  const rows = s.refunds.map((r) => h('tr', { 'data-testid': 'owed-refund', 'data-return-id': r.returnId },
    h('td', {}, returnLink(r.returnId)),
    h('td', {}, r.terminalId),
    h('td', {}, time(r.acceptedAt, zone)),
    h('td', {}, r.refundMethod.replaceAll('_', ' ').toLowerCase()),
    h('td', {}, badge(r.refundStatus)),
    h('td', { class: 'num' }, money(r.amount.amount, r.amount.currency))));
  const totals = s.refundTotals.map((t) => money(t.amount, t.currency)).join(' + ');
  return card(`Refunds not settled (${s.refundCount})`, 'pending-refunds-card',
    rows.length ? table('pending-refunds', ['Return', 'Terminal', 'Accepted', 'Method', 'Refund', { label: 'Amount', num: true }], rows)
      : empty('No refund is owed.'),
    totals ? h('p', {}, 'Total owed: ', h('strong', { 'data-testid': 'refunds-total' }, totals)) : null);
}

function refused(s, app) {
  if (!s.refused.length) return null;
  const zone = app.zone();
  const rows = s.refused.map((r) => h('tr', { 'data-testid': 'refused-event' },
    h('td', { class: 'num' }, String(r.sequence)), h('td', {}, r.type), h('td', {}, returnLink(r.returnId)),
    h('td', {}, time(r.refusedAt, zone))));
  return card('Refused by central', 'refused-card',
    h('p', { class: 'muted' }, 'Central stored these in its dead letters; an operator replays them from the ops console.'),
    table('refused-events', ['#', 'Event', 'Return', 'Refused'], rows));
}
