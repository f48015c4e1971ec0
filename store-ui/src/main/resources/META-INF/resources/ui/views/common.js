// Small pieces shared by the views of the manager's screen.
import { h } from '../../assets/rebound.js';

const TONES = {
  ONLINE: 'ok', PAYMENT_DEGRADED: 'warn', OFFLINE: 'bad',
  ACCEPTED: 'ok', PENDING_APPROVAL: 'warn', DENIED: 'bad',
  ISSUED: 'ok', DEFERRED: 'warn', DECLINED: 'bad',
  SYNCED: 'ok', PENDING: 'warn', ACKED: 'ok',
  QUEUED: 'warn', SENT: 'warn', BLOCKED: 'bad',
  ACCEPT: 'ok', REQUIRE_APPROVAL: 'warn', DEFER: 'warn', REJECT: 'bad',
  APPROVED: 'ok',
  POSTED: 'ok', PARTLY_POSTED: 'warn', FAILED_AT_CENTRAL: 'bad',
  SUCCEEDED: 'ok', DEAD_LETTERED: 'bad',
};

/** A coloured badge for an enum value (the value is the text: colour is never the only cue). */
export function badge(value, testid) {
  if (value === undefined || value === null) return h('span', { class: 'muted' }, '—');
  return h('span', { class: `badge ${TONES[value] || ''}`, 'data-testid': testid }, String(value).replaceAll('_', ' ').toLowerCase());
}

/** Seconds since an ISO instant. */
export function secondsSince(iso) {
  return iso ? (Date.now() - Date.parse(iso)) / 1000 : null;
}

/** A link to a return's detail page, showing the start of its id. */
export function returnLink(returnId) {
  if (!returnId) return h('span', { class: 'muted' }, '—');
  return h('a', { href: `#/returns/${encodeURIComponent(returnId)}`, 'data-testid': 'return-link', title: returnId },
    `${returnId.slice(0, 8)}…${returnId.slice(-4)}`);
}

/** A card section with a heading (and optional extra header content). */
export function card(title, testid, ...children) {
  return h('section', { class: 'card', 'data-testid': testid }, h('h2', {}, title), ...children);
}

/** A table with a header row; rows are elements. */
export function table(testid, headers, rows) {
  return h('div', { class: 'table-wrap' },
    h('table', { 'data-testid': testid },
      h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col', class: t.num ? 'num' : undefined }, t.label || t)))),
      h('tbody', {}, rows)));
}
