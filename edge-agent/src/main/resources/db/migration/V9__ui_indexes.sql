-- V9: indexes for the store manager's screen (/ui/). The returns list filters by refund status,
-- terminal and store-day range (accepted_at) and pages by return_id, newest first; the pending
-- queue lists the events central dead-lettered. Indexes only: no row changes.
CREATE INDEX returns_by_refund ON returns(refund_status, return_id);
CREATE INDEX returns_by_terminal ON returns(terminal_id, return_id);
CREATE INDEX returns_by_accepted ON returns(accepted_at);
CREATE INDEX outbox_dead_lettered ON outbox(sequence) WHERE ack_outcome = 'DEAD_LETTERED';
