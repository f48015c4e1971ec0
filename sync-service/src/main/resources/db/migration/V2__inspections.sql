-- Inspection and disposition at the stores (event return.inspected): one row per inspected line.
-- A return may be inspected in several steps (one event each); the event is deduplicated through
-- ingested_events like every event. No foreign key to returns: with several central instances an
-- inspection may be committed before its return.accepted event.
CREATE TABLE inspections (
    event_id     uuid        NOT NULL REFERENCES ingested_events (event_id),
    line_no      int         NOT NULL,  -- position of the line in the event
    return_id    uuid        NOT NULL,
    store_id     text        NOT NULL,
    sequence     bigint      NOT NULL,
    inspected_at timestamptz NOT NULL,
    inspected_by text        NOT NULL,
    line_index   int         NOT NULL CHECK (line_index >= 0),  -- 0-based index into the return's lines
    sku          text        NOT NULL,
    quantity     int         NOT NULL CHECK (quantity > 0),
    disposition  text        NOT NULL CHECK (disposition IN ('RESELLABLE', 'DAMAGED', 'DEFECTIVE', 'TO_WAREHOUSE')),
    vendor_id    text,                  -- supplier of a DEFECTIVE claim, when known
    note         text,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (event_id, line_no)
);
CREATE INDEX inspections_by_return ON inspections (return_id, inspected_at, sequence);
