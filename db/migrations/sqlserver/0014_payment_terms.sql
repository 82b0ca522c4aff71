-- Structured payment terms. distributors.terms_json holds the method (tt, lc, open-account, escrow), the deposit, when the balance
-- is due (before-shipment, against-bl-copy, after-shipment with its days), the credit limit of an open account and an L/C's
-- particulars; orders copy them at placement into orders.payment_terms_json. The free-text terms are migrated by their words
-- (L/C, open account, escrow; B/L, "N days"); the text stays as the terms in words. An open account migrated from words has no
-- credit limit until the admin sets one. Each payment the supplier receives is a row of order_payments, a history entry (step
-- payment_recorded) and an event, order.payment_recorded.
ALTER TABLE distributors ADD terms_json NVARCHAR(1000) NULL;
GO
UPDATE distributors SET terms_json = CONCAT(
  '{"method":"', CASE
    WHEN LOWER(payment_terms) LIKE '%l/c%' OR LOWER(payment_terms) LIKE '%letter of credit%' THEN 'lc'
    WHEN LOWER(payment_terms) LIKE '%open account%' THEN 'open-account'
    WHEN LOWER(payment_terms) LIKE '%escrow%' THEN 'escrow'
    ELSE 'tt' END,
  '","depositPercent":', deposit_percent,
  ',"balanceDue":"', CASE
    WHEN LOWER(payment_terms) LIKE '%b/l%' OR LOWER(payment_terms) LIKE '%bill of lading%' THEN 'against-bl-copy'
    WHEN LOWER(payment_terms) LIKE '%days%' THEN 'after-shipment'
    ELSE 'before-shipment' END,
  '"', CASE
    WHEN LOWER(payment_terms) NOT LIKE '%days%' OR LOWER(payment_terms) LIKE '%b/l%' THEN ''
    WHEN payment_terms LIKE '%15 days%' THEN ',"balanceDays":15'
    WHEN payment_terms LIKE '%45 days%' THEN ',"balanceDays":45'
    WHEN payment_terms LIKE '%60 days%' THEN ',"balanceDays":60'
    WHEN payment_terms LIKE '%90 days%' THEN ',"balanceDays":90'
    ELSE ',"balanceDays":30' END,
  '}');

ALTER TABLE orders ADD payment_terms_json NVARCHAR(1000) NULL;

ALTER TABLE order_status_history DROP CONSTRAINT ck_order_status_history_step;
ALTER TABLE order_status_history ADD CONSTRAINT ck_order_status_history_step
  CHECK (step IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                  'sample_dispatched', 'sample_approved', 'sample_changes_requested', 'payment_recorded'));

ALTER TABLE outbox_messages DROP CONSTRAINT ck_outbox_messages_event;
ALTER TABLE outbox_messages ADD CONSTRAINT ck_outbox_messages_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded'));

ALTER TABLE webhook_deliveries DROP CONSTRAINT ck_webhook_deliveries_event;
ALTER TABLE webhook_deliveries ADD CONSTRAINT ck_webhook_deliveries_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'webhook.ping'));

CREATE TABLE order_payments (
  order_id         NVARCHAR(40)   NOT NULL CONSTRAINT fk_order_payments_order REFERENCES orders (order_id),
  sequence         INT            NOT NULL CONSTRAINT ck_order_payments_sequence CHECK (sequence > 0),
  amount_minor     BIGINT         NOT NULL CONSTRAINT ck_order_payments_amount CHECK (amount_minor > 0),
  currency         NCHAR(3)       NOT NULL,
  received_on      NCHAR(10)      NOT NULL,
  reference        NVARCHAR(64)   NOT NULL,
  note             NVARCHAR(500)  NULL,
  recorded_at_ms   BIGINT         NOT NULL,
  actor_key_id     NVARCHAR(32)   NULL,
  CONSTRAINT pk_order_payments PRIMARY KEY (order_id, sequence),
  CONSTRAINT uq_order_payments_reference UNIQUE (order_id, reference)
);
