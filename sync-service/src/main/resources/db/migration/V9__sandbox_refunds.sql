-- The embedded sandbox payment gateway (rebound.payment.kind=sandbox, the default): refunds settle
-- here, in central's own database, never at a real gateway. Every row says SANDBOX.
CREATE TABLE sandbox_refunds (
  refund_id         text PRIMARY KEY CHECK (refund_id LIKE 're\_sandbox\_%'),
  return_id         uuid NOT NULL UNIQUE,
  store_id          text NOT NULL,
  idempotency_key   text NOT NULL UNIQUE,
  payment_reference text NOT NULL,
  amount            numeric NOT NULL CHECK (amount > 0),
  currency          char(3) NOT NULL,
  status            text NOT NULL CHECK (status IN ('SUCCEEDED', 'DECLINED')),
  decline_code      text,
  decline_message   text,
  environment       text NOT NULL DEFAULT 'SANDBOX' CHECK (environment = 'SANDBOX'),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'DECLINED') = (decline_code IS NOT NULL))
);
