// One return's lineage (GET /api/v1/returns/{id}): accepted at the store → received by central →
// approvals, inspections → process steps (refund at the gateway, ERP documents) with every attempt,
// gateway references and SANDBOX marks, exceptions, replays — as facts, tables and a timeline.
import { h, show, failure, api, time, money } from '/assets/rebound.js';
import { loadZones, zoneOf } from './zones.js';
import { stepBadge } from './returns.js';

function facts(pairs) {
  return h('dl', { class: 'facts' }, ...pairs.filter(Boolean).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function words(text) {
  return text ? String(text).replaceAll('_', ' ').toLowerCase() : '—';
}

function mark(value) {
  return value ? h('span', { class: 'mark', 'data-testid': 'sandbox-mark', title: 'done by the sandbox gateway or the embedded journal, not a real system' }, ` [${value}]`) : null;
}

export async function render(container, { id }) {
  show(container, h('p', { class: 'muted' }, 'Loading the return…'));
  await loadZones();
  let r;
  try {
    r = await api(`/api/v1/returns/${encodeURIComponent(id)}`);
  } catch (e) {
    show(container, h('section', { class: 'card' }, h('h1', {}, 'Return'), failure(e),
      h('p', {}, h('a', { href: '#/returns' }, '← Back to the search'))));
    return null;
  }
  const zone = zoneOf(r.storeId);
  const at = (iso) => time(iso, zone);
  const refund = r.refund || {};
  show(container,
    h('p', {}, h('a', { href: '#/returns', 'data-testid': 'back-to-search' }, '← Back to the search')),
    h('section', { class: 'card', 'data-testid': 'return-detail', 'data-return': r.returnId },
      h('h1', {}, 'Return ', h('span', { class: 'mono' }, r.returnId)),
      h('div', { class: 'grid2' },
        facts([
          ['Store', `${r.storeId} (${zone})`],
          ['Terminal', r.terminalId],
          ['Status', words(r.status)],
          ['Accepted', at(r.acceptedAt)],
          ['Upstream mode', r.mode],
          ['Total', money(r.total.amount, r.total.currency)],
        ]),
        facts([
          ['Refund', refund.amount ? money(refund.amount.amount, refund.amount.currency) : '—'],
          ['Refund method', words(refund.method)],
          ['Refund status', words(refund.status)],
          refund.reference ? ['Refund reference', h('span', { class: 'mono' }, refund.reference)] : null,
          ['Received by central', at(r.sync && r.sync.receivedAt)],
          ['Store event', r.sync ? h('span', { class: 'mono' }, `${r.sync.eventId} (sequence ${r.sync.sequence})`) : '—'],
          r.originalSale ? ['Original sale', h('span', { class: 'mono' }, r.originalSale.saleId || '—')] : null,
        ]))),
    lines(r),
    decisions(r),
    steps(r, at),
    exceptionsOf(r),
    h('section', { class: 'card' }, h('h2', {}, 'Timeline'),
      h('ol', { class: 'timeline', 'data-testid': 'timeline' }, ...(r.timeline || []).map((e) =>
        h('li', { 'data-testid': 'timeline-entry', 'data-step': e.step },
          h('span', { class: 'when' }, at(e.at)),
          h('span', { class: 'step' }, words(e.step)),
          h('span', {}, e.detail || ''),
          e.detail && e.detail.includes('[SANDBOX]') ? mark('SANDBOX') : null,
          e.dispositions ? h('ul', {}, ...e.dispositions.map((d) =>
            h('li', {}, `line ${d.lineIndex}: ${d.quantity} × ${d.sku} → ${words(d.disposition)}${d.vendorId ? ` (vendor ${d.vendorId})` : ''}${d.note ? ` — ${d.note}` : ''}`))) : null)))));
  return null;
}

function lines(r) {
  return h('section', { class: 'card' }, h('h2', {}, 'Lines'),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ...['SKU', 'Qty', 'Unit price', 'Reason', 'Condition', 'Sale line'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...(r.lines || []).map((l) => h('tr', {},
        h('td', {}, l.sku), h('td', {}, l.quantity), h('td', {}, money(l.unitPrice.amount, l.unitPrice.currency)),
        h('td', {}, words(l.reason)), h('td', {}, words(l.condition)), h('td', {}, l.saleLineId || '—')))))));
}

function decisions(r) {
  const list = r.decisions || [];
  return h('section', { class: 'card' }, h('h2', {}, 'Decisions at the store'),
    list.length === 0 ? h('p', { class: 'empty' }, 'No rule fired.')
      : h('ul', { 'data-testid': 'decisions' }, ...list.map((d) => h('li', {}, h('code', {}, d.rule), ` (${words(d.effect)}): ${d.message || ''}`))));
}

function steps(r, at) {
  const list = r.steps || [];
  return h('section', { class: 'card' }, h('h2', {}, 'Refund and ERP steps at central'),
    list.length === 0 ? h('p', { class: 'empty' }, 'No step planned (no refund or ERP posting for this return yet).')
      : h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'steps' },
        h('thead', {}, h('tr', {}, ...['Step', 'State', 'Attempts', 'Reference', 'Adapter', 'Last attempt', 'Last error'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...list.flatMap((s) => [
          h('tr', { 'data-testid': 'step-row', 'data-kind': s.kind },
            h('td', {}, words(s.kind), s.vendorId ? h('div', { class: 'muted' }, `vendor ${s.vendorId}`) : null),
            h('td', {}, h('span', { class: `badge ${stepBadge(s.state)}` }, s.state),
              s.nextAttemptAt ? h('div', { class: 'muted' }, 'next ', at(s.nextAttemptAt)) : null),
            h('td', { class: 'num' }, s.attempts),
            h('td', { class: 'mono' }, s.externalReference || '—'),
            h('td', {}, s.adapterKind || '—', mark(s.mark)),
            h('td', {}, at(s.lastAttemptAt)),
            h('td', {}, s.lastError || '—')),
          s.deadLetter ? h('tr', { 'data-testid': 'step-dead-letter', 'data-rule': s.deadLetter.rule },
            h('td', {}, h('a', { href: '#/dead-letters' }, `↳ dead letter #${s.deadLetter.id}`)),
            h('td', {}, h('span', { class: `badge ${s.deadLetter.replayedAt ? 'ok' : 'bad'}` }, s.deadLetter.replayedAt ? 'replayed' : 'held')),
            h('td', { class: 'mono', colspan: '3' }, s.deadLetter.rule),
            h('td', {}, at(s.deadLetter.replayedAt || s.deadLetter.at)),
            h('td', {}, s.deadLetter.reason)) : null,
          ...(s.history || []).map((a) => h('tr', { class: 'muted' },
            h('td', {}, `↳ attempt ${a.attempt}`), h('td', {}, words(a.outcome)), h('td', {}, ''),
            h('td', { class: 'mono' }, a.externalReference || ''), h('td', {}, a.adapterKind || '', mark(a.mark)),
            h('td', {}, at(a.startedAt)), h('td', {}, a.error || ''))),
        ])))));
}

function exceptionsOf(r) {
  const list = r.exceptions || [];
  if (list.length === 0) return null;
  return h('section', { class: 'card' }, h('h2', {}, 'Cross-store exceptions'),
    h('ul', {}, ...list.map((e) => h('li', {}, `#${e.id} ${words(e.kind)} (${words(e.state)}): sale ${e.saleId} ${e.lineKey} — `,
      h('a', { href: `#/returns/${e.first.returnId}` }, `${e.first.storeId} ×${e.first.quantity}`), ' and ',
      h('a', { href: `#/returns/${e.second.returnId}` }, `${e.second.storeId} ×${e.second.quantity}`)))));
}
