-- Manager decisions at the stores (event return.approval-decided): one append-only row per decision,
-- deduplicated through ingested_events like every event. No foreign key to returns: with several
-- central instances a decision may be committed before its return.accepted event; the return's view
-- reads the decision from here, and ingest also updates the returns row when it is already present.
CREATE TABLE approvals (
    event_id      uuid        PRIMARY KEY REFERENCES ingested_events (event_id),
    return_id     uuid        NOT NULL,
    store_id      text        NOT NULL,
    sequence      bigint      NOT NULL,
    decided_at    timestamptz NOT NULL,
    decision      text        NOT NULL CHECK (decision IN ('APPROVED', 'DENIED')),
    manager       text        NOT NULL,
    reason        text        NOT NULL,
    status        text        NOT NULL,  -- the return's status after the decision
    refund_status text        NOT NULL,  -- its refund status after the decision
    payload       jsonb       NOT NULL,  -- the return.approval-decided payload as received
    received_at   timestamptz NOT NULL
);
CREATE INDEX approvals_by_return ON approvals (return_id, decided_at, sequence);
