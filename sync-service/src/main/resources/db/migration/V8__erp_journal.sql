-- Embedded ERP journal (rebound.erp.kind=journal, issue 4): what the ERP adapter booked for each return.
-- One entry per ERP document; reference = io.rebound.central.erp.ErpReference (UNIQUE: the idempotency key,
-- inserted ON CONFLICT DO NOTHING). Lines are double-entry in minor units and balance per entry (checked by
-- the writer; an entry that moves stock without changing its value has no lines). currency is null only
-- for an entry without lines.
CREATE TABLE journal_entries (
    id          bigserial   PRIMARY KEY,
    reference   text        NOT NULL UNIQUE,
    kind        text        NOT NULL CHECK (kind IN ('CREDIT_NOTE', 'STOCK_RETURN', 'DISPOSITION', 'SUPPLIER_CLAIM')),
    return_id   uuid        NOT NULL,
    store_id    text        NOT NULL,
    posted_at   timestamptz NOT NULL,
    currency    text
);
CREATE INDEX journal_entries_by_return ON journal_entries (return_id, id);

CREATE TABLE journal_lines (
    entry_id     bigint NOT NULL REFERENCES journal_entries (id),
    line_no      int    NOT NULL,
    account      text   NOT NULL,
    debit_minor  bigint NOT NULL CHECK (debit_minor >= 0),
    credit_minor bigint NOT NULL CHECK (credit_minor >= 0),
    PRIMARY KEY (entry_id, line_no),
    CHECK ((debit_minor = 0) <> (credit_minor = 0))
);

-- Goods moved by an entry. unit_cost_minor: the value per unit (in the entry's currency) the entry booked,
-- null when the entry did not value the move (a TO_WAREHOUSE transfer, or no known cost).
CREATE TABLE stock_movements (
    id              bigserial PRIMARY KEY,
    entry_id        bigint NOT NULL REFERENCES journal_entries (id),
    reference       text   NOT NULL,
    return_id       uuid   NOT NULL,
    sku             text   NOT NULL,
    quantity        int    NOT NULL CHECK (quantity > 0),
    from_location   text   NOT NULL,
    to_location     text   NOT NULL,
    unit_cost_minor bigint CHECK (unit_cost_minor >= 0)
);
CREATE INDEX stock_movements_by_return ON stock_movements (return_id, id);
