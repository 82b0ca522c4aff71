-- Samples as orders of their own, and pre-production samples. order_type says what an order is for: bulk, or sample (sample lines
-- only, by courier, paid in full). A customised bulk order may ask for a pre-production sample: pre_production_sample_days holds the
-- days to make it (null: none asked for), each sample the supplier sends is a round in order_samples, and production waits until one
-- is approved; that round's reference is the golden sample. Its steps are history entries (the step CHECK widens by a column copy, as
-- in 0010) announced as order.design_updated.
ALTER TABLE orders ADD COLUMN order_type TEXT NOT NULL DEFAULT 'bulk' CHECK (order_type IN ('bulk', 'sample'));
ALTER TABLE orders ADD COLUMN pre_production_sample_days INTEGER NULL CHECK (pre_production_sample_days > 0);

ALTER TABLE order_status_history ADD COLUMN step_of TEXT NULL
  CHECK (step_of IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                     'sample_dispatched', 'sample_approved', 'sample_changes_requested'));
UPDATE order_status_history SET step_of = step;
ALTER TABLE order_status_history DROP COLUMN step;
ALTER TABLE order_status_history RENAME COLUMN step_of TO step;

CREATE TABLE order_samples (
  order_id          TEXT    NOT NULL REFERENCES orders (order_id),
  round             INTEGER NOT NULL CHECK (round > 0),
  reference         TEXT    NOT NULL,
  carrier           TEXT    NULL,
  tracking_number   TEXT    NULL,
  note              TEXT    NULL,
  dispatched_at_ms  INTEGER NOT NULL,
  decision          TEXT    NULL CHECK (decision IN ('approved', 'changes_requested')),
  comment           TEXT    NULL,
  decided_at_ms     INTEGER NULL,
  PRIMARY KEY (order_id, round),
  UNIQUE (order_id, reference)
);
