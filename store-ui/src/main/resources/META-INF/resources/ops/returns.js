// Return search, server-side paged (GET /api/v1/returns: newest first, 'next' cursor). Filters live
// in the hash (#/returns?storeId=…&status=…), so a search is linkable and Back works.
import { h, show, empty, failure, api, time, money } from '/assets/rebound.js';
import { loadZones, knownStores } from './zones.js';

const statuses = ['ACCEPTED', 'PENDING_APPROVAL', 'DENIED'];
const refundStatuses = ['APPROVED', 'DEFERRED', 'ISSUED', 'PENDING_APPROVAL', 'DECLINED'];
const filterKeys = ['storeId', 'status', 'refundStatus', 'from', 'to', 'returnId'];
// cursors of the pages before the current one (Newer goes back)
let previous = [];

function select(id, label, values, current) {
  return h('label', { for: id }, label, h('select', { id, name: id.replace('q-', ''), 'data-testid': id },
    h('option', { value: '' }, 'Any'),
    ...values.map((v) => h('option', { value: v, selected: v === current }, v.replace('_', ' ').toLowerCase()))));
}

function input(id, label, type, current, extra = {}) {
  return h('label', { for: id }, label, h('input', { id, name: id.replace('q-', ''), type, value: current || '', 'data-testid': id, ...extra }));
}

/** A yyyy-mm-dd day as the instant its UTC day starts ('to' days are inclusive: the next day's start). */
function dayToInstant(day, inclusiveEnd) {
  const d = new Date(`${day}T00:00:00Z`);
  if (inclusiveEnd) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export async function render(container, { params }) {
  await loadZones();
  const stores = h('datalist', { id: 'known-stores' }, ...knownStores().map((s) => h('option', { value: s })));
  const form = h('form', { class: 'filters', role: 'search', 'data-testid': 'returns-form' },
    input('q-storeId', 'Store', 'text', params.get('storeId'), { list: 'known-stores', autocomplete: 'off' }),
    select('q-status', 'Status', statuses, params.get('status')),
    select('q-refundStatus', 'Refund status', refundStatuses, params.get('refundStatus')),
    input('q-from', 'Accepted from (UTC day)', 'date', params.get('from')),
    input('q-to', 'to (UTC day, inclusive)', 'date', params.get('to')),
    input('q-returnId', 'Return id', 'text', params.get('returnId'), { size: 36, spellcheck: 'false' }),
    h('button', { type: 'submit', 'data-testid': 'returns-search' }, 'Search'),
    h('button', { type: 'reset', class: 'secondary', 'data-testid': 'returns-reset' }, 'Clear'),
    stores);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const key of filterKeys) {
      const value = form.elements[key].value.trim();
      if (value) next.set(key, value);
    }
    previous = [];
    location.hash = `#/returns?${next}`;
  });
  form.addEventListener('reset', () => { previous = []; setTimeout(() => { location.hash = '#/returns'; }); });
  const results = h('div', { 'data-testid': 'returns-results', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Searching…'));
  show(container, h('section', { class: 'card' }, h('h1', {}, 'Returns'), form, results));

  const query = new URLSearchParams();
  for (const key of ['storeId', 'status', 'refundStatus', 'returnId']) if (params.get(key)) query.set(key, params.get(key));
  if (params.get('from')) query.set('from', dayToInstant(params.get('from'), false));
  if (params.get('to')) query.set('to', dayToInstant(params.get('to'), true));
  if (params.get('after')) query.set('after', params.get('after'));
  query.set('limit', '50');
  let page;
  try {
    page = await api(`/api/v1/returns?${query}`);
  } catch (e) {
    show(results, failure(e));
    return null;
  }
  const here = params.get('after') || '';
  const go = (after) => {
    const next = new URLSearchParams(params);
    if (after) next.set('after', after); else next.delete('after');
    location.hash = `#/returns?${next}`;
  };
  const pager = h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'secondary', 'data-testid': 'returns-newer', disabled: !here,
      onclick: () => go(previous.pop() || '') }, '← Newer'),
    h('button', { type: 'button', class: 'secondary', 'data-testid': 'returns-older', disabled: !page.next,
      onclick: () => { previous.push(here); go(page.next); } }, 'Older →'),
    h('span', { class: 'muted' }, `${page.items.length} returns on this page, newest first`));
  if (page.items.length === 0) {
    show(results, empty(here ? 'No older returns.' : 'No return matches these filters.'), here ? pager : null);
    return null;
  }
  show(results, h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'returns-table' },
    h('thead', {}, h('tr', {}, ...['Return', 'Store', 'Accepted (store time)', 'Status', 'Refund', 'Refund status', 'Central refund step', 'Mode']
      .map((c) => h('th', { scope: 'col', class: c === 'Refund' ? 'num' : null }, c)))),
    h('tbody', {}, ...page.items.map((r) => h('tr', { 'data-testid': 'return-row', 'data-return': r.returnId },
      h('td', { class: 'mono' }, h('a', { href: `#/returns/${r.returnId}`, 'data-testid': 'return-link' }, r.returnId)),
      h('td', {}, r.storeId),
      h('td', {}, time(r.acceptedAt, r.timeZone)),
      h('td', {}, r.status.replace('_', ' ').toLowerCase()),
      h('td', { class: 'num' }, money(r.refund.amount, r.refund.currency), h('div', { class: 'muted' }, r.refundMethod.toLowerCase())),
      h('td', {}, r.refundStatus.replace('_', ' ').toLowerCase()),
      h('td', {}, r.refundStep ? h('span', { class: `badge ${stepBadge(r.refundStep)}` }, r.refundStep) : h('span', { class: 'muted' }, '—')),
      h('td', {}, r.mode)))))), pager);
  return null;
}

export function stepBadge(state) {
  if (state === 'SUCCEEDED') return 'ok';
  if (state === 'DEAD_LETTERED' || state === 'DECLINED') return 'bad';
  return 'warn';
}
