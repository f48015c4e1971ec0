-- V8: identity and access. Terminal tokens and passwords are stored hashed only; the audit log is
-- append-only (triggers refuse UPDATE and DELETE). All instants are epoch milliseconds (UTC).
-- Triggers are written on one line each: Migrations splits scripts on ';' at line ends.

-- One row per terminal: the SHA-256 of its current token (256-bit random, shown once at issue).
CREATE TABLE terminals (
  terminal_id TEXT PRIMARY KEY,
  token_hash  BLOB NOT NULL UNIQUE,   -- SHA-256 of the token's UTF-8 bytes
  issued_at   INTEGER NOT NULL,
  issued_by   TEXT NOT NULL,          -- username, or 'bootstrap'
  revoked_at  INTEGER,
  revoked_by  TEXT
) WITHOUT ROWID;

-- Personal accounts of managers and associates.
CREATE TABLE users (
  username      TEXT PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('ASSOCIATE','MANAGER')),
  password_hash TEXT NOT NULL,        -- pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>
  created_at    INTEGER NOT NULL,
  created_by    TEXT NOT NULL
) WITHOUT ROWID;

-- Every privileged action, in order; each row is also an audit.recorded event in the outbox.
CREATE TABLE audit_log (
  audit_id    INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT NOT NULL UNIQUE,
  recorded_at INTEGER NOT NULL,
  actor_kind  TEXT NOT NULL CHECK (actor_kind IN ('USER','TERMINAL')),
  actor       TEXT NOT NULL,
  role        TEXT,
  terminal_id TEXT,
  action      TEXT NOT NULL,
  target      TEXT,
  result      TEXT NOT NULL CHECK (result IN ('SUCCESS','FAILURE','DENIED')),
  detail      TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
