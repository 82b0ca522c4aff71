-- Transactional outbox: every order event is written in the same transaction as the change it reports, so an
-- accepted order can never exist without the message that carries it to the supplier's ERP. One row per order
-- version; (order_id, sequence) keeps them in order and unique.

CREATE TABLE outbox_messages (
  message_id          TEXT    NOT NULL PRIMARY KEY,
  order_id            TEXT    NOT NULL REFERENCES orders (order_id),
  sequence            INTEGER NOT NULL CHECK (sequence > 0),
  event_type          TEXT    NOT NULL CHECK (event_type IN ('order.placed', 'order.status_changed')),
  payload             TEXT    NOT NULL,
  state               TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts            INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at_ms  INTEGER NOT NULL,
  lease_owner         TEXT    NULL,
  lease_until_ms      INTEGER NULL,
  last_error          TEXT    NULL,
  erp_reference       TEXT    NULL,
  created_at_ms       INTEGER NOT NULL,
  delivered_at_ms     INTEGER NULL,
  UNIQUE (order_id, sequence)
);
CREATE INDEX ix_outbox_messages_due ON outbox_messages (state, next_attempt_at_ms);
