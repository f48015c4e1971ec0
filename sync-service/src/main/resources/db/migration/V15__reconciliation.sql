-- Money reconciliation (io.rebound.central.reconciliation): one row per run over a window of UTC days
-- (window_from .. window_to, both inclusive, on returns.accepted_at), and the run's findings. Amounts are
-- numeric in the currency's major unit (never floating point). totals: JSON array of
-- {currency, expected, refundedAtGateway, creditedInLedger} (Money objects), written when the run ends.
CREATE TABLE reconciliation_runs (
    id              bigserial   PRIMARY KEY,
    window_from     date        NOT NULL,
    window_to       date        NOT NULL CHECK (window_to >= window_from),
    store_id        text,
    state           text        NOT NULL CHECK (state IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    started_by      text        NOT NULL,
    payment_kind    text        NOT NULL,
    erp_kind        text        NOT NULL,
    returns_checked int         NOT NULL DEFAULT 0,
    mismatches      int         NOT NULL DEFAULT 0,
    in_progress     int         NOT NULL DEFAULT 0,
    unverified      int         NOT NULL DEFAULT 0,
    totals          jsonb       NOT NULL DEFAULT '[]'::jsonb,
    error           text,
    CHECK ((state = 'RUNNING') = (finished_at IS NULL))
);

CREATE TABLE reconciliation_findings (
    id                bigserial PRIMARY KEY,
    run_id            bigint    NOT NULL REFERENCES reconciliation_runs (id),
    kind              text      NOT NULL CHECK (kind IN ('REFUND_MISSING_AT_GATEWAY', 'REFUND_AMOUNT_MISMATCH',
                          'REFUND_NOT_EXPECTED', 'CREDIT_NOTE_MISSING', 'CREDIT_NOTE_AMOUNT_MISMATCH',
                          'CREDIT_NOTE_WITHOUT_MONEY', 'STILL_IN_PROGRESS', 'LOOKUP_FAILED')),
    return_id         uuid      NOT NULL,
    store_id          text      NOT NULL,
    expected_amount   numeric,
    expected_currency char(3),
    gateway_amount    numeric,
    gateway_currency  char(3),
    ledger_amount     numeric,
    ledger_currency   char(3),
    gateway_reference text,
    ledger_reference  text,
    message           text      NOT NULL
);
CREATE INDEX reconciliation_findings_by_run ON reconciliation_findings (run_id, id);
