-- A credit note of a return whose money goes through the payment gateway waits for the refund
-- (process.model.StepState.AWAITING_REFUND): posted only once the refund SUCCEEDED; a DECLINED refund
-- dead-letters it (rule process.credit-note.refund-declined) until an operator settled with the customer by
-- another tender and replays it. V15 is reserved for another branch (reconciliation).
ALTER TABLE process_steps DROP CONSTRAINT process_steps_state_check;
ALTER TABLE process_steps ADD CONSTRAINT process_steps_state_check
    CHECK (state IN ('AWAITING_REFUND', 'PENDING', 'IN_PROGRESS', 'RETRY_WAIT', 'SUCCEEDED', 'DECLINED',
                     'DEAD_LETTERED'));

-- Steps planned before this version: a credit note not yet attempted whose refund did not succeed yet waits
-- for it (a credit note already posted or being attempted is left alone: see the notes, orch.md).
UPDATE process_steps c SET state = 'AWAITING_REFUND', updated_at = now()
 WHERE c.kind = 'CREDIT_NOTE' AND c.state IN ('PENDING', 'RETRY_WAIT') AND c.attempts = 0
   AND c.claimed_by IS NULL
   AND EXISTS (SELECT 1 FROM process_steps r WHERE r.return_id = c.return_id AND r.kind = 'REFUND'
                 AND r.state NOT IN ('SUCCEEDED', 'DECLINED'));

-- ... and one whose refund was already declined is held as a dead letter, as the worker now does.
WITH held AS (
    UPDATE process_steps c
       SET state = 'DEAD_LETTERED', updated_at = now(),
           -- the refund's last_error is 'declined by the gateway: <code>: <message>' (process.engine.StepPolicy)
           last_error = 'refund declined at the gateway ('
                        || coalesce(nullif(split_part(r.last_error, ': ', 2), ''), 'no decline code')
                        || '): settle with the customer by another tender, then replay to post the credit note'
                        || ' (rule process.credit-note.refund-declined)'
      FROM process_steps r
     WHERE c.kind = 'CREDIT_NOTE' AND c.state IN ('PENDING', 'RETRY_WAIT') AND c.attempts = 0
       AND c.claimed_by IS NULL
       AND r.return_id = c.return_id AND r.kind = 'REFUND' AND r.state = 'DECLINED'
    RETURNING c.id, c.return_id, c.store_id, c.last_error)
INSERT INTO dead_letters (fingerprint, kind, reason, rule, field, store_id, return_id, step, step_id, received_at)
SELECT 'step:' || id, 'STEP', last_error, 'process.credit-note.refund-declined', 'step.credit_note', store_id,
       return_id, 'CREDIT_NOTE', id, now()
  FROM held
ON CONFLICT (fingerprint) DO NOTHING;
