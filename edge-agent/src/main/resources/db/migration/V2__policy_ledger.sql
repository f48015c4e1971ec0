-- V2: the returns policy's local ledger, the policy version of each return, and the agent's
-- own state (last moment known connected, for the offline-duration rule). Instants are epoch
-- milliseconds (UTC); store_day is the store's local date (policy time zone), 'YYYY-MM-DD'.

-- The version of the store policy that decided each return (0 = built-in defaults).
ALTER TABLE returns ADD COLUMN policy_version INTEGER NOT NULL DEFAULT 0;

-- Returned quantity per original sale line, one row per return: the same line cannot be
-- returned twice at this store. line_key is 'line:<saleLineId>' or 'sku:<sku>'.
CREATE TABLE ledger_sale_lines (
  sale_id    TEXT NOT NULL,
  line_key   TEXT NOT NULL,
  return_id  TEXT NOT NULL REFERENCES returns(return_id),
  quantity   INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (sale_id, line_key, return_id)
) WITHOUT ROWID;

-- Cash paid out while not ONLINE, one row per return, for the per-store per-day cap.
CREATE TABLE ledger_offline_cash (
  return_id    TEXT PRIMARY KEY REFERENCES returns(return_id),
  store_day    TEXT NOT NULL,
  currency     TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0)
) WITHOUT ROWID;
CREATE INDEX ledger_offline_cash_by_day ON ledger_offline_cash(store_day, currency);

-- No-receipt returns per customer and store day, for the per-customer daily limit.
CREATE TABLE ledger_no_receipt (
  customer_id TEXT NOT NULL,
  store_day   TEXT NOT NULL,
  return_id   TEXT NOT NULL REFERENCES returns(return_id),
  PRIMARY KEY (customer_id, store_day, return_id)
) WITHOUT ROWID;

-- The agent's own state: a single row. last_connected_at is the last moment the MQTT connection
-- was known up (connect, disconnect, periodic checkpoint); NULL until the first connection, when
-- first_started_at stands in for it.
CREATE TABLE agent_state (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  first_started_at  INTEGER NOT NULL,
  last_connected_at INTEGER
);
