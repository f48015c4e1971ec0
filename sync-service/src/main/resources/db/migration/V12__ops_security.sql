-- Operators of the ops API (built-in user store; OIDC users are not stored here).
CREATE TABLE ops_users (
    username        text PRIMARY KEY,
    password_hash   text NOT NULL,              -- pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>
    role            text NOT NULL CHECK (role IN ('viewer', 'operator')),
    status          text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    failed_logins   integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL
);

-- Opaque bearer tokens: only their SHA-256 is stored.
CREATE TABLE ops_sessions (
    token_hash      text PRIMARY KEY,
    username        text NOT NULL REFERENCES ops_users (username),
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL
);
CREATE INDEX ops_sessions_username ON ops_sessions (username);

-- Every login and user change, append-only (UPDATE / DELETE / TRUNCATE are refused).
CREATE TABLE ops_audit (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    action          text NOT NULL,
    actor           text NOT NULL,
    subject         text NOT NULL,
    detail          text
);

CREATE FUNCTION ops_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ops_audit is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ops_audit_no_update_delete BEFORE UPDATE OR DELETE ON ops_audit
    FOR EACH ROW EXECUTE FUNCTION ops_audit_append_only();
CREATE TRIGGER ops_audit_no_truncate BEFORE TRUNCATE ON ops_audit
    FOR EACH STATEMENT EXECUTE FUNCTION ops_audit_append_only();
