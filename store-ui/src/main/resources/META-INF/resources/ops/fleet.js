// Fleet table: every store, live over SSE (GET /api/v1/stores/stream, event "fleet" = the whole
// fleet snapshot), sortable (header buttons: click or Enter), filterable (text + online/offline).
import { h, show, empty, failure, time, age, money, streamEvents } from '/assets/rebound.js';
import { rememberZones } from './zones.js';

const columns = [
  { key: 'storeId', label: 'Store', value: (s) => s.storeId },
  { key: 'online', label: 'Status', value: (s) => (s.online ? 1 : 0) },
  { key: 'lastSeen', label: 'Last seen', value: (s) => s.lastSeen || '' },
  { key: 'backlog', label: 'Backlog', num: true, value: (s) => s.backlog ?? -1 },
  { key: 'oldestPendingAgeSeconds', label: 'Oldest pending', num: true, value: (s) => s.oldestPendingAgeSeconds ?? -1 },
  { key: 'pendingRefunds', label: 'Pending refunds', num: true, value: (s) => pendingTotal(s) },
  { key: 'agentVersion', label: 'Agent version', value: (s) => s.agentVersion || '' },
  { key: 'timeZone', label: 'Time zone', value: (s) => s.timeZone || '' },
];

// kept across visits of the page
const state = { sort: 'storeId', direction: 'ascending', text: '', online: 'all' };

function pendingTotal(s) {
  return (s.pendingRefunds || []).reduce((sum, m) => sum + Number(m.amount), 0);
}

/**
 * When the current state began. Offline: since the last sign of life when that is later than the
 * status' own since (a store aged out of ONLINE, or a last will fixed when the connection began).
 */
function statusSince(s) {
  if (s.online || !s.lastSeen) return s.since;
  return !s.since || Date.parse(s.lastSeen) > Date.parse(s.since) ? s.lastSeen : s.since;
}

export function render(container) {
  let snapshot = null;
  let failed = null;
  const live = h('span', { class: 'live muted', 'data-testid': 'fleet-live', 'data-state': 'connecting', role: 'status' }, 'connecting…');
  const text = h('input', { id: 'fleet-text', type: 'search', value: state.text, placeholder: 'store, version, zone', 'data-testid': 'fleet-filter-text' });
  const online = h('select', { id: 'fleet-online', 'data-testid': 'fleet-filter-online' },
    ...[['all', 'All'], ['online', 'Online'], ['offline', 'Offline']].map(([v, l]) =>
      h('option', { value: v, selected: state.online === v }, l)));
  const summary = h('p', { class: 'muted', 'data-testid': 'fleet-summary', 'aria-live': 'polite' });
  const body = h('div', { class: 'table-wrap' });
  text.addEventListener('input', () => { state.text = text.value.trim().toLowerCase(); draw(); });
  online.addEventListener('change', () => { state.online = online.value; draw(); });

  show(container, h('section', { class: 'card' },
    h('div', { class: 'toolbar' },
      h('h1', {}, 'Fleet'),
      live),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 'fleet-text' }, 'Filter', text),
      h('label', { for: 'fleet-online' }, 'Status', online)),
    summary,
    body));

  function sortBy(key) {
    if (state.sort === key) state.direction = state.direction === 'ascending' ? 'descending' : 'ascending';
    else { state.sort = key; state.direction = 'ascending'; }
    draw();
    container.querySelector(`[data-testid="sort-${key}"]`)?.focus();
  }

  function rows() {
    const col = columns.find((c) => c.key === state.sort) || columns[0];
    const sign = state.direction === 'ascending' ? 1 : -1;
    return snapshot.stores
      .filter((s) => state.online === 'all' || (state.online === 'online') === s.online)
      .filter((s) => !state.text || [s.storeId, s.agentVersion, s.timeZone, s.connectionState]
        .some((v) => v && v.toLowerCase().includes(state.text)))
      .sort((a, b) => {
        const x = col.value(a); const y = col.value(b);
        const c = x < y ? -1 : x > y ? 1 : 0;
        return c !== 0 ? sign * c : a.storeId.localeCompare(b.storeId);
      });
  }

  function draw() {
    if (failed && !snapshot) { show(body, failure(failed)); return; }
    if (!snapshot) { show(body, h('p', { class: 'muted' }, 'Loading the fleet…')); return; }
    if (snapshot.stores.length === 0) {
      summary.textContent = '';
      show(body, empty('No store has connected to central yet.'));
      return;
    }
    const shown = rows();
    const down = snapshot.stores.filter((s) => !s.online).length;
    const n = snapshot.stores.length;
    summary.textContent = `${n} ${n === 1 ? 'store' : 'stores'}, ${n - down} online, ${down} offline` +
      ` (offline after ${age(snapshot.offlineAfterSeconds)} without a sign of life); showing ${shown.length}.`;
    const head = h('tr', {}, ...columns.map((c) => h('th', {
      scope: 'col', class: c.num ? 'num' : null, 'aria-sort': state.sort === c.key ? state.direction : 'none',
    }, h('button', { type: 'button', class: 'sort', 'data-testid': `sort-${c.key}`, onclick: () => sortBy(c.key) }, c.label))));
    const focused = body.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
    const table = h('table', { 'data-testid': 'fleet-table', 'data-generated-at': snapshot.generatedAt },
      h('caption', { class: 'muted' }, 'Click or press Enter on a column header to sort.'),
      h('thead', {}, head),
      h('tbody', {}, ...shown.map(row)));
    show(body, shown.length ? table : empty('No store matches the filter.'));
    if (focused) body.querySelector(`[data-testid="${focused}"]`)?.focus();
  }

  function row(s) {
    const zone = s.timeZone || 'UTC';
    return h('tr', { 'data-testid': 'fleet-row', 'data-store': s.storeId, 'data-online': String(s.online), class: s.online ? null : 'offline' },
      h('th', { scope: 'row' }, h('a', { href: `#/returns?storeId=${encodeURIComponent(s.storeId)}`, title: 'Returns of this store' }, s.storeId)),
      h('td', { 'data-testid': 'fleet-status' },
        h('span', { class: `badge ${s.online ? 'ok' : 'bad'}` }, s.online ? 'online' : 'offline'),
        ' since ', time(statusSince(s), zone)),
      h('td', {}, time(s.lastSeen, zone)),
      h('td', { class: 'num', 'data-testid': 'fleet-backlog' }, s.backlog ?? '—',
        s.missingSequences ? h('span', { class: 'badge warn', title: 'sequences missing at central' }, ` gap ${s.missingSequences}`) : null),
      h('td', { class: 'num' }, age(s.oldestPendingAgeSeconds)),
      h('td', { class: 'num', 'data-testid': 'fleet-pending-refunds' },
        (s.pendingRefunds || []).length === 0 ? h('span', { class: 'muted' }, 'none')
          : h('span', { class: 'amounts' }, ...s.pendingRefunds.map((m) => h('span', {}, money(m.amount, m.currency))))),
      h('td', {}, s.agentVersion || h('span', { class: 'muted' }, '—')),
      h('td', { 'data-testid': 'fleet-zone' }, zone));
  }

  draw();
  const stream = streamEvents('/api/v1/stores/stream', (event) => {
    if (event.event !== 'fleet') return;
    snapshot = event.data;
    failed = null;
    rememberZones(snapshot);
    draw();
  }, (s) => {
    live.dataset.state = s;
    live.textContent = s === 'live' ? 'live' : 'reconnecting…';
    if (s !== 'live' && !snapshot) { failed = new Error('The live fleet stream is not reachable; retrying.'); draw(); }
  });
  return () => stream.abort();
}
