-- Artwork and proof approval for customised orders. Such an order starts in awaiting_artwork, one row per design in
-- order_designs; each proof the supplier posts is a round in design_proofs, approved or sent back with a comment. Files
-- are kept by the file store under their SHA-256; the rows hold the hash, type and size. Each step is a history entry
-- (step and design say which) and an outbox event, order.design_updated. CHECKs widen by a column copy, as in 0008.
ALTER TABLE orders ADD COLUMN status_of TEXT NOT NULL DEFAULT 'submitted'
  CHECK (status_of IN ('awaiting_artwork', 'submitted', 'confirmed', 'in_production', 'ready_to_ship', 'shipped', 'delivered', 'cancelled', 'rejected'));
UPDATE orders SET status_of = status;
ALTER TABLE orders DROP COLUMN status;
ALTER TABLE orders RENAME COLUMN status_of TO status;

ALTER TABLE outbox_messages ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated'));
UPDATE outbox_messages SET event_of = event_type;
ALTER TABLE outbox_messages DROP COLUMN event_type;
ALTER TABLE outbox_messages RENAME COLUMN event_of TO event_type;

ALTER TABLE webhook_deliveries ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'webhook.ping'));
UPDATE webhook_deliveries SET event_of = event_type;
ALTER TABLE webhook_deliveries DROP COLUMN event_type;
ALTER TABLE webhook_deliveries RENAME COLUMN event_of TO event_type;

ALTER TABLE order_status_history ADD COLUMN step TEXT NULL
  CHECK (step IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested'));
ALTER TABLE order_status_history ADD COLUMN design TEXT NULL;

CREATE TABLE order_designs (
  order_id                TEXT    NOT NULL REFERENCES orders (order_id),
  design                  TEXT    NOT NULL,
  state                   TEXT    NOT NULL CHECK (state IN ('awaiting_artwork', 'awaiting_proof', 'proof_sent', 'changes_requested', 'approved')),
  accepted_formats        TEXT    NOT NULL,
  artwork_sha256          TEXT    NULL,
  artwork_format          TEXT    NULL,
  artwork_file_name       TEXT    NULL,
  artwork_bytes           INTEGER NULL CHECK (artwork_bytes > 0),
  artwork_uploads         INTEGER NOT NULL DEFAULT 0 CHECK (artwork_uploads >= 0),
  artwork_uploaded_at_ms  INTEGER NULL,
  approved_round          INTEGER NULL,
  approved_at_ms          INTEGER NULL,
  PRIMARY KEY (order_id, design)
);

CREATE TABLE design_proofs (
  order_id        TEXT    NOT NULL,
  design          TEXT    NOT NULL,
  round           INTEGER NOT NULL CHECK (round > 0),
  sha256          TEXT    NOT NULL,
  format          TEXT    NOT NULL,
  file_name       TEXT    NULL,
  bytes           INTEGER NOT NULL CHECK (bytes > 0),
  note            TEXT    NULL,
  posted_at_ms    INTEGER NOT NULL,
  decision        TEXT    NULL CHECK (decision IN ('approved', 'changes_requested')),
  comment         TEXT    NULL,
  decided_at_ms   INTEGER NULL,
  PRIMARY KEY (order_id, design, round),
  FOREIGN KEY (order_id, design) REFERENCES order_designs (order_id, design)
);
