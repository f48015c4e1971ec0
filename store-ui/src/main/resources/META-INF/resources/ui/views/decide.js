// Approve or deny a return waiting for a manager, with a required reason
// (POST /api/v1/returns/{id}/approval; the agent records the signed-in manager as approver).
import { api, h, show, failure } from '../../assets/rebound.js';
import * as session from '../session.js';

export function decisionForm(returnId, done) {
  const id = `reason-${returnId}`;
  const reason = h('textarea', { id, name: 'reason', required: true, maxlength: 500, 'data-testid': 'approval-reason' });
  const error = h('div', { 'aria-live': 'assertive' });
  // one key per decision the manager makes here: a retry of the same click replays, never doubles
  let key = null;
  const decide = async (decision, buttons) => {
    if (!reason.value.trim()) {
      show(error, h('p', { class: 'error', role: 'alert', 'data-testid': 'approval-error' }, 'A reason is required (field reason).'));
      reason.focus();
      return;
    }
    buttons.forEach((b) => { b.disabled = true; });
    key = key || session.idempotencyKey('ui-approval');
    try {
      const s = session.current();
      await api(`/api/v1/returns/${encodeURIComponent(returnId)}/approval`, {
        method: 'POST',
        headers: { 'Idempotency-Key': key },
        body: { decision, manager: s ? s.username : 'manager', reason: reason.value.trim() },
      });
      done(decision);
    } catch (e) {
      key = e.status >= 400 && e.status < 500 && e.status !== 409 ? null : key;
      buttons.forEach((b) => { b.disabled = false; });
      show(error, failure(e));
    }
  };
  const approve = h('button', { type: 'button', 'data-testid': 'approve' }, 'Approve');
  const deny = h('button', { type: 'button', class: 'danger', 'data-testid': 'deny' }, 'Deny');
  approve.addEventListener('click', () => decide('APPROVED', [approve, deny]));
  deny.addEventListener('click', () => decide('DENIED', [approve, deny]));
  if (!session.isManager()) {
    return h('p', { class: 'muted', 'data-testid': 'approval-needs-manager' }, 'Only a manager can approve or deny.');
  }
  return h('form', { class: 'inline', 'data-testid': 'approval-form', onsubmit: (e) => e.preventDefault() },
    h('label', { for: id }, 'Reason (required)', reason), h('div', { class: 'actions' }, approve, deny), error);
}
