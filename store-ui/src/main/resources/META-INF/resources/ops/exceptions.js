// Cross-store double-return exceptions (GET /api/v1/exceptions?state=&after=): the same sale line
// returned by two returns (at different stores), earlier and later, each linking to its lineage.
import { h, show, empty, failure, api, time } from '/assets/rebound.js';
import { loadZones, zoneOf } from './zones.js';

let stateFilter = 'OPEN';

export async function render(container) {
  await loadZones();
  const state = h('select', { id: 'ex-state', 'data-testid': 'ex-state' },
    ...[['OPEN', 'Open'], ['RESOLVED', 'Resolved'], ['', 'All']].map(([v, l]) => h('option', { value: v, selected: v === stateFilter }, l)));
  const results = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading exceptions…'));
  show(container, h('section', { class: 'card' },
    h('h1', {}, 'Cross-store double returns'),
    h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() }, h('label', { for: 'ex-state' }, 'State', state)),
    results));
  let items = [];
  let next = null;

  async function load(reset) {
    try {
      const query = new URLSearchParams({ limit: '100' });
      if (stateFilter) query.set('state', stateFilter);
      if (!reset && next) query.set('after', next);
      const page = await api(`/api/v1/exceptions?${query}`);
      items = reset ? page.items : items.concat(page.items);
      next = page.next;
      draw();
    } catch (e) {
      show(results, failure(e));
    }
  }

  const ref = (r) => h('span', {}, `${r.storeId}: `, h('a', { href: `#/returns/${r.returnId}`, class: 'mono' }, r.returnId), ` (qty ${r.quantity})`);

  function draw() {
    if (items.length === 0) {
      show(results, empty(stateFilter === 'OPEN' ? 'No open exception: no sale line was returned twice.' : 'No exception.'));
      return;
    }
    show(results, h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'exceptions' },
      h('thead', {}, h('tr', {}, ...['Id', 'Detected (later store time)', 'Sale / line', 'Earlier return', 'Later return', 'State'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...items.map((e) => h('tr', { 'data-testid': 'exception-row', 'data-id': e.id },
        h('td', {}, e.id),
        h('td', {}, time(e.detectedAt, zoneOf(e.second.storeId))),
        h('td', {}, h('span', { class: 'mono' }, e.saleId), h('div', { class: 'muted' }, e.lineKey)),
        h('td', {}, ref(e.first)),
        h('td', {}, ref(e.second)),
        h('td', {}, h('span', { class: `badge ${e.state === 'OPEN' ? 'warn' : 'ok'}` }, e.state))))))),
    next ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'secondary', 'data-testid': 'ex-more', onclick: () => load(false) }, 'Load more')) : null);
  }

  state.addEventListener('change', () => { stateFilter = state.value; load(true); });
  await load(true);
  return null;
}
