-- Central's per-return process (issue 4): one row per (return, step) driving refunds and ERP postings,
-- an append-only attempt history, step dead letters in dead_letters, and an append-only operator audit log.
-- Rows are created in the ingest transaction that stores the event causing them (see process.store.ProcessPlanner).
CREATE TABLE process_steps (
    id                 bigserial   PRIMARY KEY,
    return_id          uuid        NOT NULL,
    store_id           text        NOT NULL,
    kind               text        NOT NULL
        CHECK (kind IN ('REFUND', 'CREDIT_NOTE', 'STOCK_RETURN', 'DISPOSITION', 'SUPPLIER_CLAIM')),
    vendor_key         text        NOT NULL DEFAULT '',   -- SUPPLIER_CLAIM: the vendor id or 'unknown'; '' otherwise
    erp_order          int         NOT NULL,              -- 0 refund; 1 credit note; 2 stock return; 3 disposition/claims
    ordered_at         timestamptz NOT NULL,              -- the return's acceptance (the event's time if not yet known)
    state              text        NOT NULL
        CHECK (state IN ('PENDING', 'IN_PROGRESS', 'RETRY_WAIT', 'SUCCEEDED', 'DECLINED', 'DEAD_LETTERED')),
    attempts           int         NOT NULL DEFAULT 0,    -- attempts since creation or the last replay
    next_attempt_at    timestamptz NOT NULL,
    last_attempt_at    timestamptz,
    claimed_by         text,                              -- instance holding the IN_PROGRESS claim
    lease_until        timestamptz,                       -- an IN_PROGRESS claim older than this is taken back
    external_reference text,                              -- gateway refund id (re_…) or ERP document reference
    last_error         text,
    adapter_kind       text,                              -- rebound.payment.kind / rebound.erp.kind of the last attempt
    sandbox            boolean     NOT NULL DEFAULT false,-- the last attempt went to the sandbox gateway / journal
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT process_steps_unique UNIQUE (return_id, kind, vendor_key)
);
CREATE INDEX process_steps_due ON process_steps (erp_order, ordered_at, id)
    WHERE state IN ('PENDING', 'RETRY_WAIT', 'IN_PROGRESS');
CREATE INDEX process_steps_by_state ON process_steps (state);

CREATE TABLE process_attempts (
    id                 bigserial   PRIMARY KEY,
    step_id            bigint      NOT NULL REFERENCES process_steps (id),
    attempt            int         NOT NULL,
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz NOT NULL,
    outcome            text        NOT NULL,   -- process.model.AttemptOutcome
    error              text,
    external_reference text,
    adapter_kind       text        NOT NULL,
    sandbox            boolean     NOT NULL,
    instance           text        NOT NULL
);
CREATE INDEX process_attempts_by_step ON process_attempts (step_id, id);

-- Dead letters are now of two kinds: MESSAGE (a poison message, as before) and STEP (a process step that
-- failed for good; one row per step, updated when the step dead-letters again after a replay).
ALTER TABLE dead_letters
    ADD COLUMN kind text NOT NULL DEFAULT 'MESSAGE' CHECK (kind IN ('MESSAGE', 'STEP')),
    ADD COLUMN return_id uuid,
    ADD COLUMN step text,
    ADD COLUMN step_id bigint REFERENCES process_steps (id),
    ADD COLUMN replayed_at timestamptz;
ALTER TABLE dead_letters ALTER COLUMN topic DROP NOT NULL;
ALTER TABLE dead_letters ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE dead_letters ALTER COLUMN payload_bytes DROP NOT NULL;
ALTER TABLE dead_letters ADD CONSTRAINT dead_letters_kind_fields CHECK (
    (kind = 'MESSAGE' AND topic IS NOT NULL AND payload IS NOT NULL AND payload_bytes IS NOT NULL)
    OR (kind = 'STEP' AND step_id IS NOT NULL AND return_id IS NOT NULL AND step IS NOT NULL));
CREATE UNIQUE INDEX dead_letters_step ON dead_letters (step_id) WHERE step_id IS NOT NULL;

-- What operators did (replays), append-only: the trigger refuses UPDATE and DELETE.
CREATE TABLE audit_log (
    id        bigserial   PRIMARY KEY,
    at        timestamptz NOT NULL,
    operator  text        NOT NULL,
    action    text        NOT NULL,
    target    text        NOT NULL,
    return_id uuid,
    result    text        NOT NULL,
    detail    text        NOT NULL
);
CREATE INDEX audit_log_by_return ON audit_log (return_id) WHERE return_id IS NOT NULL;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (rule: audit-append-only)';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
