-- Final inspections (QC). An order may order one at placement: orders.inspection_json holds the agency, AQL level and limits and the
-- fee as priced (orders.inspection_fee_minor, part of the order total). Each inspection of the goods is a round of
-- order_inspections with its result, defects and report; a failure is accepted with a concession or sent for rework. Its steps are
-- history entries announced as order.inspection_updated. CHECKs widen by a column copy, as in 0010.
ALTER TABLE orders ADD COLUMN inspection_json TEXT NULL;
ALTER TABLE orders ADD COLUMN inspection_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (inspection_fee_minor >= 0);

ALTER TABLE order_status_history ADD COLUMN step_of TEXT NULL
  CHECK (step_of IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                     'sample_dispatched', 'sample_approved', 'sample_changes_requested', 'payment_recorded',
                     'inspection_recorded', 'inspection_report_uploaded', 'inspection_concession', 'inspection_rework'));
UPDATE order_status_history SET step_of = step;
ALTER TABLE order_status_history DROP COLUMN step;
ALTER TABLE order_status_history RENAME COLUMN step_of TO step;

ALTER TABLE outbox_messages ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated'));
UPDATE outbox_messages SET event_of = event_type;
ALTER TABLE outbox_messages DROP COLUMN event_type;
ALTER TABLE outbox_messages RENAME COLUMN event_of TO event_type;

ALTER TABLE webhook_deliveries ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated',
                      'webhook.ping'));
UPDATE webhook_deliveries SET event_of = event_type;
ALTER TABLE webhook_deliveries DROP COLUMN event_type;
ALTER TABLE webhook_deliveries RENAME COLUMN event_of TO event_type;

CREATE TABLE order_inspections (
  order_id          TEXT    NOT NULL REFERENCES orders (order_id),
  round             INTEGER NOT NULL CHECK (round > 0),
  inspected_on      TEXT    NOT NULL,
  result            TEXT    NOT NULL CHECK (result IN ('pass', 'fail')),
  critical_defects  INTEGER NOT NULL CHECK (critical_defects >= 0),
  major_defects     INTEGER NOT NULL CHECK (major_defects >= 0),
  minor_defects     INTEGER NOT NULL CHECK (minor_defects >= 0),
  note              TEXT    NULL,
  recorded_at_ms    INTEGER NOT NULL,
  report_sha256     TEXT    NULL,
  report_format     TEXT    NULL,
  report_file_name  TEXT    NULL,
  report_bytes      INTEGER NULL CHECK (report_bytes > 0),
  report_uploads    INTEGER NOT NULL DEFAULT 0 CHECK (report_uploads >= 0),
  decision          TEXT    NULL CHECK (decision IN ('concession', 'rework')),
  comment           TEXT    NULL,
  decided_at_ms     INTEGER NULL,
  PRIMARY KEY (order_id, round)
);
