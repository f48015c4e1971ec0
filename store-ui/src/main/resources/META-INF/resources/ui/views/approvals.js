// Returns waiting for a manager (status PENDING_APPROVAL), newest first, with the rule that asked
// for approval and an approve/deny form; refreshed live when the pending queue changes.
import { api, h, show, time, money, empty, failure } from '../../assets/rebound.js';
import { badge, returnLink } from './common.js';
import { decisionForm } from './decide.js';

export function renderApprovals(view, app) {
  const list = h('div', { 'data-testid': 'approvals', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  show(view, h('h1', {}, 'Approvals waiting for a manager'), list);
  let shown = '';
  const load = async () => {
    let page;
    try {
      page = await api('/api/v1/returns?status=PENDING_APPROVAL&order=desc&limit=200');
    } catch (e) {
      show(list, failure(e));
      return;
    }
    const ids = page.items.map((r) => r.returnId).join();
    if (ids === shown) return; // keep a half-typed reason when nothing changed
    shown = ids;
    show(list, page.items.length
      ? page.items.map((r) => item(r, app))
      : empty('No return is waiting for approval.'));
  };
  app.onSnapshot(load);
  load();
}

function item(r, app) {
  const zone = app.zone();
  const asks = (r.decisions || []).filter((d) => d.effect === 'REQUIRE_APPROVAL');
  return h('section', { class: 'card', 'data-testid': 'approval-item', 'data-return-id': r.returnId },
    h('div', { class: 'section-head' },
      h('h2', {}, returnLink(r.returnId), ' · ', money(r.total.amount, r.total.currency), ' ',
        r.refund.method.replaceAll('_', ' ').toLowerCase()),
      h('span', { class: 'muted' }, 'terminal ', r.terminalId, ' · ', time(r.acceptedAt, zone), ' · ', badge(r.mode))),
    h('ul', {}, asks.map((d) => h('li', { 'data-testid': 'approval-rule' }, h('code', {}, d.rule), ' — ', d.message))),
    decisionForm(r.returnId, () => app.go(`#/returns/${encodeURIComponent(r.returnId)}`)));
}

