-- Final inspections (QC). An order may order one at placement: orders.inspection_json holds the agency, AQL level and limits and the
-- fee as priced (orders.inspection_fee_minor, part of the order total). Each inspection of the goods is a round of
-- order_inspections with its result, defects and report; a failure is accepted with a concession or sent for rework. Its steps are
-- history entries announced as order.inspection_updated.
ALTER TABLE orders ADD
  inspection_json       NVARCHAR(400)  NULL,
  inspection_fee_minor  BIGINT         NOT NULL CONSTRAINT df_orders_inspection_fee DEFAULT 0
                          CONSTRAINT ck_orders_inspection_fee CHECK (inspection_fee_minor >= 0);

ALTER TABLE order_status_history DROP CONSTRAINT ck_order_status_history_step;
ALTER TABLE order_status_history ADD CONSTRAINT ck_order_status_history_step
  CHECK (step IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                  'sample_dispatched', 'sample_approved', 'sample_changes_requested', 'payment_recorded',
                  'inspection_recorded', 'inspection_report_uploaded', 'inspection_concession', 'inspection_rework'));

ALTER TABLE outbox_messages DROP CONSTRAINT ck_outbox_messages_event;
ALTER TABLE outbox_messages ADD CONSTRAINT ck_outbox_messages_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated'));

ALTER TABLE webhook_deliveries DROP CONSTRAINT ck_webhook_deliveries_event;
ALTER TABLE webhook_deliveries ADD CONSTRAINT ck_webhook_deliveries_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated',
                        'webhook.ping'));

CREATE TABLE order_inspections (
  order_id          NVARCHAR(40)    NOT NULL CONSTRAINT fk_order_inspections_order REFERENCES orders (order_id),
  round             INT             NOT NULL CONSTRAINT ck_order_inspections_round CHECK (round > 0),
  inspected_on      NCHAR(10)       NOT NULL,
  result            NVARCHAR(8)     NOT NULL CONSTRAINT ck_order_inspections_result CHECK (result IN ('pass', 'fail')),
  critical_defects  INT             NOT NULL CONSTRAINT ck_order_inspections_critical CHECK (critical_defects >= 0),
  major_defects     INT             NOT NULL CONSTRAINT ck_order_inspections_major CHECK (major_defects >= 0),
  minor_defects     INT             NOT NULL CONSTRAINT ck_order_inspections_minor CHECK (minor_defects >= 0),
  note              NVARCHAR(500)   NULL,
  recorded_at_ms    BIGINT          NOT NULL,
  report_sha256     NCHAR(64)       NULL,
  report_format     NVARCHAR(8)     NULL,
  report_file_name  NVARCHAR(200)   NULL,
  report_bytes      BIGINT          NULL CONSTRAINT ck_order_inspections_bytes CHECK (report_bytes > 0),
  report_uploads    INT             NOT NULL CONSTRAINT df_order_inspections_uploads DEFAULT 0,
  decision          NVARCHAR(16)    NULL CONSTRAINT ck_order_inspections_decision CHECK (decision IN ('concession', 'rework')),
  comment           NVARCHAR(1000)  NULL,
  decided_at_ms     BIGINT          NULL,
  CONSTRAINT pk_order_inspections PRIMARY KEY (order_id, round)
);
