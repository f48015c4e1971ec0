// One return: facts, the decisions with the rules that fired, lines with inspection entry, sync
// state per event, what central reported of the ERP postings, the timeline (with central's refund
// and posting outcomes), and the approval form while it
// waits for a manager.
import { api, h, show, time, money, empty, failure } from '../../assets/rebound.js';
import * as session from '../session.js';
import { badge, card, table } from './common.js';
import { decisionForm } from './decide.js';

const DISPOSITIONS = ['RESELLABLE', 'DAMAGED', 'DEFECTIVE', 'TO_WAREHOUSE'];

export function renderDetail(view, app, returnId) {
  show(view, h('p', { class: 'muted' }, 'Loading…'));
  load(view, app, returnId);
}

async function load(view, app, returnId) {
  let r;
  let d;
  try {
    const id = encodeURIComponent(returnId);
    [r, d] = await Promise.all([api(`/api/v1/returns/${id}`), api(`/api/v1/returns/${id}/detail`)]);
  } catch (e) {
    show(view, h('h1', {}, 'Return'), e.status === 404 ? empty(`No return ${returnId} at this store.`) : failure(e),
      h('p', {}, h('a', { href: '#/returns' }, '« All returns')));
    return;
  }
  const zone = app.zone();
  const reload = () => load(view, app, returnId);
  show(view,
    h('p', {}, h('a', { href: '#/returns', 'data-testid': 'back-to-list' }, '« All returns')),
    h('h1', { 'data-testid': 'detail-title' }, 'Return ', h('code', {}, returnId)),
    h('div', { class: 'two-col' }, facts(r, zone), timeline(d, zone)),
    r.status === 'PENDING_APPROVAL' ? card('Waiting for a manager', 'detail-approval', decisionForm(returnId, reload)) : null,
    decisions(r),
    lines(r, d, reload),
    sync(r, d, zone),
    erp(d, zone));
}

function facts(r, zone) {
  const fact = (label, value, testid) => [h('dt', {}, label), h('dd', { 'data-testid': testid }, value)];
  return card('Summary', 'detail-facts', h('dl', { class: 'facts' },
    fact('Status', badge(r.status), 'detail-status'),
    fact('Refund', h('span', {}, `${r.refund.method.replaceAll('_', ' ').toLowerCase()} `,
      money(r.refund.amount.amount, r.refund.amount.currency), ' ', badge(r.refund.status),
      r.refund.reference ? h('code', {}, ` ${r.refund.reference}`) : null), 'detail-refund'),
    r.storeCreditIssued ? fact('Store credit issued', h('span', {}, h('code', {}, r.storeCreditIssued.storeCreditNumber), ' ',
      time(r.storeCreditIssued.issuedAt, zone), ' (it waited for a store-credit number)'), 'detail-store-credit-issued') : [],
    fact('Total', money(r.total.amount, r.total.currency), 'detail-total'),
    fact('Accepted', time(r.acceptedAt, zone), 'detail-accepted'),
    fact('Terminal', r.terminalId, 'detail-terminal'),
    fact('Upstream then', badge(r.mode), 'detail-mode'),
    fact('Sync', h('span', {}, badge(r.sync.state), ' ', r.sync.syncedAt ? time(r.sync.syncedAt, zone) : 'not yet acknowledged'), 'detail-sync'),
    r.approval ? fact('Approval', `${r.approval.decision.toLowerCase()} by ${r.approval.manager}: ${r.approval.reason}`, 'detail-approval-summary') : []));
}

function decisions(r) {
  const rows = (r.decisions || []).map((d) => h('tr', { 'data-testid': 'decision', 'data-rule': d.rule },
    h('td', {}, h('code', {}, d.rule)), h('td', {}, badge(d.effect)), h('td', {}, d.message)));
  return card('Decisions and the rules that fired', 'detail-decisions',
    rows.length ? table('decisions', ['Rule', 'Effect', 'Why'], rows) : empty('No rule fired.'));
}

function lines(r, d, reload) {
  const inspection = r.inspection || { lines: [] };
  const canInspect = r.status === 'ACCEPTED';
  const rows = d.lines.map((line) => {
    const st = inspection.lines.find((l) => l.lineIndex === line.lineIndex) || {};
    const done = Object.entries(st.dispositions || {}).map(([k, n]) => `${n} ${k.toLowerCase().replaceAll('_', ' ')}`).join(', ');
    const left = st.pendingInspection === undefined ? line.quantity : st.pendingInspection;
    return h('tr', { 'data-testid': 'line', 'data-line-index': line.lineIndex },
      h('td', {}, String(line.lineIndex + 1)),
      h('td', {}, line.sku),
      h('td', { class: 'num' }, String(line.quantity)),
      h('td', { class: 'num' }, money(line.unitPrice.amount, line.unitPrice.currency)),
      h('td', {}, `${(line.reason || '').replaceAll('_', ' ').toLowerCase()} / ${(line.condition || '').toLowerCase()}`),
      h('td', { 'data-testid': 'line-inspection' }, done || h('span', { class: 'muted' }, 'not inspected'),
        left > 0 ? h('span', { class: 'muted' }, ` (${left} to inspect)`) : null),
      h('td', {}, canInspect && left > 0 ? inspectForm(r.returnId, line, left, reload) : null));
  });
  return card('Lines and inspection', 'detail-lines',
    table('lines', ['#', 'SKU', { label: 'Qty', num: true }, { label: 'Unit price', num: true }, 'Reason / condition', 'Inspection', canInspect ? 'Record inspection' : ''], rows),
    canInspect ? null : h('p', { class: 'muted' }, 'Inspection is recorded once the return is accepted (not while it waits for approval).'));
}

function inspectForm(returnId, line, left, reload) {
  const n = line.lineIndex;
  const quantity = h('input', { id: `q-${n}`, type: 'number', min: 1, max: left, value: left, required: true, 'data-testid': 'inspect-quantity' });
  const disposition = h('select', { id: `d-${n}`, 'data-testid': 'inspect-disposition' },
    DISPOSITIONS.map((v) => h('option', { value: v }, v.replaceAll('_', ' ').toLowerCase())));
  const vendor = h('input', { id: `v-${n}`, maxlength: 64, 'data-testid': 'inspect-vendor', placeholder: 'only if defective' });
  const note = h('input', { id: `n-${n}`, maxlength: 500, 'data-testid': 'inspect-note' });
  const error = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', 'data-testid': 'inspect-submit' }, 'Record');
  let key = null;
  return h('form', { class: 'inline', 'data-testid': 'inspect-form', onsubmit: async (e) => {
    e.preventDefault();
    submit.disabled = true;
    key = key || session.idempotencyKey('ui-inspection');
    const s = session.current();
    const body = { inspectedBy: s ? s.username : 'manager', lines: [{
      lineIndex: n, sku: line.sku, quantity: Number(quantity.value), disposition: disposition.value,
      vendorId: disposition.value === 'DEFECTIVE' && vendor.value.trim() ? vendor.value.trim() : undefined,
      note: note.value.trim() || undefined,
    }] };
    try {
      await api(`/api/v1/returns/${encodeURIComponent(returnId)}/inspection`, { method: 'POST', headers: { 'Idempotency-Key': key }, body });
      reload();
    } catch (err) {
      key = null;
      submit.disabled = false;
      show(error, failure(err));
    }
  } },
  h('label', { for: `q-${n}` }, 'Qty', quantity),
  h('label', { for: `d-${n}` }, 'Disposition', disposition),
  h('label', { for: `v-${n}` }, 'Vendor', vendor),
  h('label', { for: `n-${n}` }, 'Note', note),
  submit, error);
}

function sync(r, d, zone) {
  const rows = d.sync.map((e) => h('tr', { 'data-testid': 'sync-event', 'data-state': e.state },
    h('td', { class: 'num' }, String(e.sequence)), h('td', {}, e.type), h('td', {}, badge(e.state)),
    h('td', {}, e.ackedAt ? time(e.ackedAt, zone) : h('span', { class: 'muted' }, 'not yet')),
    h('td', {}, e.ackOutcome ? e.ackOutcome.toLowerCase().replaceAll('_', ' ') : '—'),
    h('td', { class: 'num' }, e.attempts === null ? '—' : String(e.attempts))));
  return card('Sync with central', 'detail-sync-card',
    table('sync', ['#', 'Event', 'State', 'Acknowledged', 'Outcome', { label: 'Sends (since start)', num: true }], rows));
}

// What central reported of the ERP postings (state NOT_KNOWN_AT_STORE until it reports one).
function erp(d, zone) {
  const postings = d.erp.postings || [];
  const rows = postings.map((p) => h('tr', { 'data-testid': 'erp-posting', 'data-kind': p.kind, 'data-state': p.state },
    h('td', {}, p.kind.replaceAll('_', ' ').toLowerCase()), h('td', {}, badge(p.state)),
    h('td', {}, p.reference ? h('code', {}, p.reference) : '—'), h('td', {}, time(p.at, zone)),
    h('td', {}, p.detail || '')));
  return card('ERP', 'detail-erp',
    h('p', { 'data-testid': 'erp-state', 'data-state': d.erp.state }, badge(d.erp.state), ' ', d.erp.note),
    rows.length ? table('erp-postings', ['Posting', 'State', 'Reference', 'Reported', 'Detail'], rows) : null);
}

function timeline(d, zone) {
  return card('Timeline', 'detail-timeline', d.timeline.length
    ? h('ol', { class: 'timeline', 'data-testid': 'timeline' }, d.timeline.map((s) => h('li', { 'data-testid': 'timeline-step', 'data-kind': s.kind },
      h('span', { class: 'when' }, time(s.at, zone)),
      h('strong', {}, s.kind.replaceAll('_', ' ').toLowerCase()), ' — ', s.detail,
      s.actor ? h('span', { class: 'muted', 'data-testid': 'timeline-actor' }, ` (${s.actor})`) : null)))
    : empty('Nothing yet.'));
}
