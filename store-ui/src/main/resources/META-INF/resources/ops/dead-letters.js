// Dead letters (GET /api/v1/dead-letters, oldest first, paged) with Replay
// (POST /api/v1/dead-letters/{id}/replay). The Replay button exists only for the operator role;
// a viewer sees no action at all (and the API refuses a viewer with 403 anyway).
import { h, show, empty, failure, api, time } from '/assets/rebound.js';
import { isOperator } from './session.js';
import { loadZones, zoneOf } from './zones.js';

const PAGE = 100;

export async function render(container) {
  await loadZones();
  const operator = isOperator();
  const notice = h('div', { 'aria-live': 'polite', 'data-testid': 'dl-notice' });
  const results = h('div', {}, h('p', { class: 'muted' }, 'Loading dead letters…'));
  show(container, h('section', { class: 'card' },
    h('h1', {}, 'Dead letters'),
    h('p', { class: 'muted' }, operator
      ? 'Messages central could not process and refund/ERP steps that failed for good. Replay re-runs one (audited).'
      : 'Messages central could not process and refund/ERP steps that failed for good. Replaying needs the operator role.'),
    notice, results));

  let items = [];
  let next = null;

  async function load(reset) {
    try {
      const after = reset ? 0 : next;
      const page = await api(`/api/v1/dead-letters?limit=${PAGE}${after ? `&after=${after}` : ''}`);
      items = reset ? page.items : items.concat(page.items);
      next = page.next;
      draw();
    } catch (e) {
      show(results, failure(e));
    }
  }

  async function replay(d, button) {
    button.disabled = true;
    try {
      const result = await api(`/api/v1/dead-letters/${d.id}/replay`, { method: 'POST', body: {} });
      show(notice, h('p', { class: 'notice', role: 'status', 'data-testid': 'replay-result' },
        `Dead letter ${d.id}: ${result.result}${result.detail ? ` — ${result.detail}` : ''}`));
      await load(true);
    } catch (e) {
      show(notice, failure(e));
      button.disabled = false;
    }
  }

  function draw() {
    if (items.length === 0) {
      show(results, empty('No dead letters: central processed everything it received.'));
      return;
    }
    const head = ['Id', 'Kind', 'Dead-lettered', 'Store', 'Rule', 'Reason', 'Return / step', 'Redeliveries', 'State']
      .concat(operator ? ['Action'] : []);
    show(results, h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'dead-letters' },
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...items.map((d) => {
        const zone = d.storeId ? zoneOf(d.storeId) : 'UTC';
        const button = operator ? h('button', { type: 'button', 'data-testid': `replay-${d.id}`, class: 'replay' }, 'Replay') : null;
        if (button) button.addEventListener('click', () => replay(d, button));
        return h('tr', { 'data-testid': 'dead-letter-row', 'data-id': d.id, 'data-replayed': String(!!d.replayedAt) },
          h('td', {}, d.id),
          h('td', {}, d.kind),
          h('td', {}, time(d.receivedAt, zone)),
          h('td', {}, d.storeId || h('span', { class: 'muted' }, 'unknown')),
          h('td', {}, h('code', {}, d.rule), d.field ? h('div', { class: 'muted' }, `field ${d.field}`) : null),
          h('td', {}, d.reason),
          h('td', {}, d.returnId ? h('a', { href: `#/returns/${d.returnId}`, class: 'mono' }, d.returnId) : '—',
            d.step ? h('div', { class: 'muted' }, d.step) : null),
          h('td', { class: 'num' }, d.redeliveries),
          h('td', { 'data-testid': 'dl-state' }, d.replayedAt
            ? h('span', {}, h('span', { class: 'badge ok' }, 'replayed'), ' ', time(d.replayedAt, zone))
            : h('span', { class: 'badge bad' }, 'open')),
          operator ? h('td', {}, d.replayedAt ? h('span', { class: 'muted' }, '—') : button) : null);
      })))),
    next ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'secondary', 'data-testid': 'dl-more', onclick: () => load(false) }, 'Load more')) : null);
  }

  await load(true);
  return null;
}
