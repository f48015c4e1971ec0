-- V3: inspection and disposition of returned units, and the local inventory moves they cause.
-- Rows are never deleted. All instants are epoch milliseconds (UTC).
-- Units of an ACCEPTED return are PENDING_INSPECTION until inspected: that quantity is derived
-- from returns.request (its lines) minus the inspected quantities, so accepting writes nothing here.

-- One row per inspection step (one POST .../inspection), carried by one return.inspected event.
CREATE TABLE inspections (
  event_id     TEXT PRIMARY KEY,      -- the return.inspected event (outbox.event_id)
  return_id    TEXT NOT NULL REFERENCES returns(return_id),
  sequence     INTEGER NOT NULL UNIQUE REFERENCES outbox(sequence),
  inspected_at INTEGER NOT NULL,
  inspected_by TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX inspections_by_return ON inspections(return_id, sequence);

-- The lines of each step: quantity units of the return's line line_index got disposition.
CREATE TABLE inspection_lines (
  event_id    TEXT NOT NULL REFERENCES inspections(event_id),
  position    INTEGER NOT NULL,       -- index in the step's lines
  return_id   TEXT NOT NULL,
  line_index  INTEGER NOT NULL CHECK (line_index >= 0),
  sku         TEXT NOT NULL,
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  disposition TEXT NOT NULL CHECK (disposition IN ('RESELLABLE','DAMAGED','DEFECTIVE','TO_WAREHOUSE')),
  vendor_id   TEXT,
  note        TEXT,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX inspection_lines_by_return ON inspection_lines(return_id, line_index);

-- The local inventory ledger: each row moves quantity units of sku between two states
-- (io.rebound.edge.inventory.InventoryState, which also lists the allowed transitions).
CREATE TABLE inventory_moves (
  move_id    INTEGER PRIMARY KEY,
  sku        TEXT NOT NULL,
  quantity   INTEGER NOT NULL CHECK (quantity > 0),
  from_state TEXT NOT NULL,
  to_state   TEXT NOT NULL,
  vendor_id  TEXT,                   -- the supplier of a SUPPLIER_CLAIM, when known
  return_id  TEXT NOT NULL,
  event_id   TEXT NOT NULL,          -- the event that reports the move
  moved_at   INTEGER NOT NULL
);
CREATE INDEX inventory_moves_by_sku ON inventory_moves(sku);
