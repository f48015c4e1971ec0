// Returns list: filters (status, refund status, store-day range, terminal) and server-side keyset
// paging, newest first. The filters and the page cursor live in the hash, so a reload or a link
// shows the same page.
import { api, h, show, time, money, empty, failure } from '../../assets/rebound.js';
import { badge, card, returnLink, table } from './common.js';

const STATUSES = ['ACCEPTED', 'PENDING_APPROVAL', 'DENIED'];
const REFUNDS = ['ISSUED', 'APPROVED', 'DEFERRED', 'PENDING_APPROVAL', 'DECLINED'];
const PAGE = 50;

function select(name, label, values, current) {
  return h('label', { for: `f-${name}` }, label,
    h('select', { id: `f-${name}`, name, 'data-testid': `filter-${name}` },
      h('option', { value: '' }, 'Any'),
      values.map((v) => h('option', { value: v, selected: v === current }, v.replaceAll('_', ' ').toLowerCase()))));
}

function input(name, label, type, current) {
  return h('label', { for: `f-${name}` }, label,
    h('input', { id: `f-${name}`, name, type, value: current || '', 'data-testid': `filter-${name}` }));
}

export function renderReturns(view, app, params) {
  const results = h('div', { 'data-testid': 'returns-results', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const form = h('form', { class: 'filters', 'data-testid': 'returns-filters', onsubmit: (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
    app.go(`#/returns${q.toString() ? `?${q}` : ''}`);
  } },
  select('status', 'Status', STATUSES, params.get('status')),
  select('refund', 'Refund', REFUNDS, params.get('refund')),
  input('from', 'From (store day)', 'date', params.get('from')),
  input('to', 'To (store day)', 'date', params.get('to')),
  input('terminal', 'Terminal', 'text', params.get('terminal')),
  h('button', { type: 'submit', 'data-testid': 'filter-apply' }, 'Apply'),
  h('a', { href: '#/returns', class: 'muted', 'data-testid': 'filter-clear' }, 'Clear'));
  show(view, h('h1', {}, 'Returns'), card('Filter', 'returns-filter-card', form), results);
  load(results, app, params);
}

async function load(results, app, params) {
  const q = new URLSearchParams({ order: 'desc', limit: String(PAGE) });
  for (const k of ['status', 'refund', 'from', 'to', 'terminal', 'before']) {
    if (params.get(k)) q.set(k, params.get(k));
  }
  let page;
  try {
    page = await api(`/api/v1/returns?${q}`);
  } catch (e) {
    show(results, failure(e));
    return;
  }
  const zone = app.zone();
  const rows = page.items.map((r) => h('tr', { 'data-testid': 'return-row', 'data-return-id': r.returnId },
    h('td', {}, returnLink(r.returnId)),
    h('td', {}, time(r.acceptedAt, zone)),
    h('td', {}, r.terminalId),
    h('td', {}, badge(r.status, 'row-status')),
    h('td', {}, `${r.refund.method.replaceAll('_', ' ').toLowerCase()} `, badge(r.refund.status, 'row-refund')),
    h('td', {}, badge(r.mode)),
    h('td', {}, badge(r.sync.state, 'row-sync')),
    h('td', { class: 'num' }, money(r.total.amount, r.total.currency))));
  const pager = h('div', { class: 'pager', 'data-testid': 'pager' },
    params.get('before') ? h('a', { href: hashWith(params, null), 'data-testid': 'page-newest' }, '« Newest') : null,
    h('span', { class: 'muted', 'data-testid': 'page-info' },
      `${page.items.length} shown${params.get('before') ? ' (older page)' : ''}`),
    page.next ? h('a', { href: hashWith(params, page.next), 'data-testid': 'page-older' }, 'Older »')
      : h('span', { class: 'muted', 'data-testid': 'page-end' }, 'no older returns'));
  show(results,
    rows.length
      ? table('returns-table', ['Return', 'Accepted', 'Terminal', 'Status', 'Refund', 'Mode', 'Sync', { label: 'Total', num: true }], rows)
      : empty('No return matches these filters.'),
    pager);
}

function hashWith(params, before) {
  const q = new URLSearchParams(params);
  if (before) q.set('before', before);
  else q.delete('before');
  return `#/returns${q.toString() ? `?${q}` : ''}`;
}
