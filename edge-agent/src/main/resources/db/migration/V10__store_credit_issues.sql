-- Store credit accepted DEFERRED for want of a number (rule policy.store-credit.no-number-available)
-- and issued later, once a block arrived: one row per such return, written in the same write-lane
-- transaction as the number taken, the return's new refund status and the outbox event
-- return.store-credit-issued. The primary key makes "issued once per return" a constraint.
CREATE TABLE store_credit_issues (
    return_id TEXT PRIMARY KEY,
    number    INTEGER NOT NULL UNIQUE REFERENCES credit_numbers_issued (number),
    reference TEXT NOT NULL,
    event_id  TEXT NOT NULL UNIQUE,
    sequence  INTEGER NOT NULL UNIQUE,
    issued_at INTEGER NOT NULL
);

-- The deferred store credits, in acceptance order (the issuer takes the oldest first).
CREATE INDEX returns_deferred_store_credit ON returns(sequence)
    WHERE refund_method = 'STORE_CREDIT' AND refund_status = 'DEFERRED';
