-- Structured payment terms. distributors.terms_json holds the method (tt, lc, open-account, escrow), the deposit, when the balance
-- is due (before-shipment, against-bl-copy, after-shipment with its days), the credit limit of an open account and an L/C's
-- particulars; orders copy them at placement into orders.payment_terms_json. The free-text terms are migrated by their words
-- (L/C, open account, escrow; B/L, "N days"); the text stays as the terms in words. Each payment the supplier receives is a row of
-- order_payments, a history entry (step payment_recorded) and an event, order.payment_recorded. CHECKs widen by a column copy.
ALTER TABLE distributors ADD COLUMN terms_json TEXT NULL;
UPDATE distributors SET terms_json = json_object(
  'method', CASE
    WHEN lower(payment_terms) LIKE '%l/c%' OR lower(payment_terms) LIKE '%letter of credit%' THEN 'lc'
    WHEN lower(payment_terms) LIKE '%open account%' THEN 'open-account'
    WHEN lower(payment_terms) LIKE '%escrow%' THEN 'escrow'
    ELSE 'tt' END,
  'depositPercent', deposit_percent,
  'balanceDue', CASE
    WHEN lower(payment_terms) LIKE '%b/l%' OR lower(payment_terms) LIKE '%bill of lading%' THEN 'against-bl-copy'
    WHEN lower(payment_terms) LIKE '%days%' THEN 'after-shipment'
    ELSE 'before-shipment' END,
  'balanceDays', CASE
    WHEN lower(payment_terms) NOT LIKE '%days%' OR lower(payment_terms) LIKE '%b/l%' THEN NULL
    WHEN payment_terms LIKE '%15 days%' THEN 15
    WHEN payment_terms LIKE '%45 days%' THEN 45
    WHEN payment_terms LIKE '%60 days%' THEN 60
    WHEN payment_terms LIKE '%90 days%' THEN 90
    ELSE 30 END);
-- An open account migrated from words has no credit limit until the admin sets one (PUT …/payment-terms).

ALTER TABLE orders ADD COLUMN payment_terms_json TEXT NULL;

ALTER TABLE order_status_history ADD COLUMN step_of TEXT NULL
  CHECK (step_of IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                     'sample_dispatched', 'sample_approved', 'sample_changes_requested', 'payment_recorded'));
UPDATE order_status_history SET step_of = step;
ALTER TABLE order_status_history DROP COLUMN step;
ALTER TABLE order_status_history RENAME COLUMN step_of TO step;

ALTER TABLE outbox_messages ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded'));
UPDATE outbox_messages SET event_of = event_type;
ALTER TABLE outbox_messages DROP COLUMN event_type;
ALTER TABLE outbox_messages RENAME COLUMN event_of TO event_type;

ALTER TABLE webhook_deliveries ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'webhook.ping'));
UPDATE webhook_deliveries SET event_of = event_type;
ALTER TABLE webhook_deliveries DROP COLUMN event_type;
ALTER TABLE webhook_deliveries RENAME COLUMN event_of TO event_type;

CREATE TABLE order_payments (
  order_id         TEXT    NOT NULL REFERENCES orders (order_id),
  sequence         INTEGER NOT NULL CHECK (sequence > 0),
  amount_minor     INTEGER NOT NULL CHECK (amount_minor > 0),
  currency         TEXT    NOT NULL,
  received_on      TEXT    NOT NULL,
  reference        TEXT    NOT NULL,
  note             TEXT    NULL,
  recorded_at_ms   INTEGER NOT NULL,
  actor_key_id     TEXT    NULL,
  PRIMARY KEY (order_id, sequence),
  UNIQUE (order_id, reference)
);
