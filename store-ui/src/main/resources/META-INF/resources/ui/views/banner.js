// The banner on every page: upstream mode and since when, today's offline cash against its cap,
// store-credit numbers left, backlog and the live-stream state.
import { h, show, time, money, age, failure } from '../../assets/rebound.js';
import { badge, secondsSince } from './common.js';

function metric(testid, label, value, note) {
  return h('div', { class: 'metric', 'data-testid': testid },
    h('span', { class: 'muted' }, label), h('strong', {}, value), note || null);
}

function meter(used, cap) {
  const u = Number(used);
  const c = Number(cap);
  const ratio = c > 0 ? Math.min(1, u / c) : 1;
  const tone = ratio >= 1 ? 'bad' : ratio >= 0.8 ? 'warn' : '';
  return h('span', { class: `meter ${tone}`, role: 'img', 'aria-label': `${Math.round(ratio * 100)} % of the cap used` },
    h('span', { class: `w${Math.round(ratio * 10) * 10}` }));
}

/** Backlog from the live snapshot when there is one (status figures are cached up to 1 s). */
function backlog(s, snapshot) {
  const depth = snapshot ? snapshot.eventCount : s.outbox.depth;
  const oldest = snapshot
    ? (snapshot.events.length ? secondsSince(snapshot.events[0].acceptedAt) : null)
    : s.outbox.oldestPendingAgeSeconds;
  return metric('banner-backlog', 'Waiting for central',
    h('span', { 'data-testid': 'backlog' }, String(depth)),
    h('span', { class: 'muted' }, depth ? `oldest ${age(oldest)}` : 'all synced'));
}

export function renderBanner(el, state, zone) {
  const s = state.status;
  if (!s) {
    show(el, state.statusError ? failure(state.statusError) : h('p', { class: 'muted' }, 'Loading status…'));
    return;
  }
  const cash = s.offlineCash;
  const snapshot = state.snapshot;
  const live = h('span', { class: 'live', 'data-state': state.live, 'data-testid': 'live' },
    state.live === 'live' ? 'live' : 'reconnecting…');
  show(el, h('div', { class: 'banner' },
    metric('banner-mode', 'Upstream', h('span', {}, badge(s.mode, 'mode')),
      h('span', { class: 'muted', 'data-testid': 'mode-since' }, 'since ', time(s.since, zone))),
    metric('banner-offline-cash', `Offline cash today (${cash.storeDay})`,
      h('span', {}, h('span', { 'data-testid': 'offline-cash-used' }, money(cash.used.amount, cash.used.currency)),
        ' of ', h('span', { 'data-testid': 'offline-cash-cap' }, money(cash.cap.amount, cash.cap.currency))),
      meter(cash.used.amount, cash.cap.amount)),
    metric('banner-store-credit', 'Store-credit numbers left',
      h('span', { 'data-testid': 'store-credit-left' }, String(s.storeCredit.remainingNumbers))),
    backlog(s, snapshot),
    metric('banner-refunds', 'Refunds owed',
      h('span', { 'data-testid': 'refunds-owed' }, String(snapshot ? snapshot.refundCount : s.pendingRefunds.count)),
      h('span', { class: 'muted' }, (snapshot ? snapshot.refundTotals : s.pendingRefunds.amounts)
        .map((a) => money(a.amount, a.currency)).join(' + ') || '')),
    h('div', { class: 'metric' }, h('span', { class: 'muted' }, 'Queue updates'), live)));
}
