// Reconciliation (GET /api/v1/reconciliation/runs, newest first; GET …/runs/{id} for one run's totals
// and findings). An operator also gets a form and a Run button (POST …/runs {from, to, storeId}: UTC
// days, both inclusive); the run is synchronous and the page opens its result.
import { h, show, empty, failure, api, time, money } from '/assets/rebound.js';
import { isOperator } from './session.js';

function today() {
  return new Date().toISOString().slice(0, 10);
}

function totalsTable(totals) {
  if (!totals || totals.length === 0) return empty('No money in this window.');
  return h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'recon-totals' },
    h('thead', {}, h('tr', {}, ...['Currency', 'Expected (stores)', 'Refunded at gateway', 'Credited in ledger']
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...totals.map((t) => h('tr', { 'data-testid': 'recon-total', 'data-currency': t.currency },
      h('td', {}, t.currency),
      h('td', { class: 'num', 'data-testid': 'total-expected' }, money(t.expected.amount, t.currency)),
      h('td', { class: 'num', 'data-testid': 'total-refunded' }, money(t.refundedAtGateway.amount, t.currency)),
      h('td', { class: 'num', 'data-testid': 'total-credited' }, money(t.creditedInLedger.amount, t.currency)))))));
}

function amount(m) {
  return m ? money(m.amount, m.currency) : h('span', { class: 'muted' }, '—');
}

function findingsTable(findings) {
  if (!findings || findings.length === 0) return empty('No findings: money and books agree for every return.');
  return h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'recon-findings' },
    h('thead', {}, h('tr', {}, ...['Kind', 'Return', 'Store', 'Expected', 'Gateway', 'Ledger', 'Message']
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...findings.map((f) => h('tr', { 'data-testid': 'recon-finding', 'data-kind': f.kind, 'data-return': f.returnId },
      h('td', {}, h('span', { class: `badge ${f.kind === 'STILL_IN_PROGRESS' ? 'warn' : 'bad'}` }, f.kind)),
      h('td', {}, h('a', { href: `#/returns/${f.returnId}`, class: 'mono' }, f.returnId)),
      h('td', {}, f.storeId),
      h('td', { class: 'num' }, amount(f.expected)),
      h('td', { class: 'num' }, amount(f.gateway), f.gatewayReference ? h('div', { class: 'muted mono' }, f.gatewayReference) : null),
      h('td', { class: 'num' }, amount(f.ledger), f.ledgerReference ? h('div', { class: 'muted mono' }, f.ledgerReference) : null),
      h('td', {}, f.message))))));
}

async function renderRun(container, id) {
  show(container, h('section', { class: 'card' }, h('p', { class: 'muted' }, 'Loading run…')));
  try {
    const run = await api(`/api/v1/reconciliation/runs/${encodeURIComponent(id)}`);
    show(container, h('section', { class: 'card', 'data-testid': 'recon-run', 'data-id': run.id, 'data-state': run.state },
      h('h1', {}, `Reconciliation run ${run.id}`),
      h('p', {}, `Returns accepted ${run.from} to ${run.to} (UTC days)${run.storeId ? ` at ${run.storeId}` : ''}; `,
        `gateway ${run.paymentKind}, ERP ${run.erpKind}; started by ${run.startedBy} `, time(run.startedAt, 'UTC'), '.'),
      h('p', { 'data-testid': 'recon-summary' },
        `${run.state}: ${run.returnsChecked} returns checked, ${run.mismatches} mismatches, `
        + `${run.inProgress} still in progress, ${run.unverified} unverified.`),
      run.error ? h('p', { class: 'error', role: 'alert' }, run.error) : null,
      h('h2', {}, 'Totals'), totalsTable(run.totals),
      h('h2', {}, 'Findings'), findingsTable(run.findings),
      h('p', {}, h('a', { href: '#/reconciliation' }, 'All runs'))));
  } catch (e) {
    show(container, h('section', { class: 'card' }, failure(e)));
  }
}

function runForm(notice) {
  const from = h('input', { id: 'recon-from', type: 'date', required: true, value: today(), 'data-testid': 'recon-from' });
  const to = h('input', { id: 'recon-to', type: 'date', required: true, value: today(), 'data-testid': 'recon-to' });
  const store = h('input', { id: 'recon-store', type: 'text', autocomplete: 'off', 'data-testid': 'recon-store' });
  const button = h('button', { type: 'submit', 'data-testid': 'recon-start' }, 'Run');
  const form = h('form', { class: 'filters', 'data-testid': 'recon-form' },
    h('label', { for: 'recon-from' }, 'From (UTC day)', from),
    h('label', { for: 'recon-to' }, 'to (UTC day, inclusive)', to),
    h('label', { for: 'recon-store' }, 'Store (optional)', store),
    button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    show(notice, h('p', { class: 'muted', role: 'status' }, 'Reconciling…'));
    try {
      const body = { from: from.value, to: to.value };
      if (store.value.trim()) body.storeId = store.value.trim();
      const run = await api('/api/v1/reconciliation/runs', { method: 'POST', body });
      location.hash = `#/reconciliation/${run.id}`;
    } catch (err) {
      show(notice, failure(err));
      button.disabled = false;
    }
  });
  return form;
}

export async function render(container, { id }) {
  if (id) {
    await renderRun(container, id);
    return null;
  }
  const notice = h('div', { 'aria-live': 'polite', 'data-testid': 'recon-notice' });
  const results = h('div', {}, h('p', { class: 'muted' }, 'Loading runs…'));
  show(container, h('section', { class: 'card' },
    h('h1', {}, 'Reconciliation'),
    h('p', { class: 'muted' }, 'Each run compares, per return accepted in its window, what the store accepted with what the payment gateway refunded and what the ERP credited.'),
    isOperator() ? runForm(notice) : h('p', { class: 'muted' }, 'Starting a run needs the operator role.'),
    notice, results));
  try {
    const page = await api('/api/v1/reconciliation/runs?limit=50');
    if (page.items.length === 0) {
      show(results, empty('No reconciliation run yet.'));
      return null;
    }
    show(results, h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'recon-runs' },
      h('thead', {}, h('tr', {}, ...['Run', 'Window (UTC)', 'Store', 'State', 'Returns', 'Mismatches', 'In progress', 'Started']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...page.items.map((r) => h('tr', { 'data-testid': 'recon-run-row', 'data-id': r.id, 'data-mismatches': r.mismatches },
        h('td', {}, h('a', { href: `#/reconciliation/${r.id}`, 'data-testid': 'recon-run-link' }, `#${r.id}`)),
        h('td', {}, `${r.from} – ${r.to}`),
        h('td', {}, r.storeId || h('span', { class: 'muted' }, 'all')),
        h('td', {}, r.state),
        h('td', { class: 'num' }, r.returnsChecked),
        h('td', { class: 'num' }, h('span', { class: `badge ${r.mismatches > 0 ? 'bad' : 'ok'}` }, r.mismatches)),
        h('td', { class: 'num' }, r.inProgress),
        h('td', {}, time(r.startedAt, 'UTC'))))))));
  } catch (e) {
    show(results, failure(e));
  }
  return null;
}
