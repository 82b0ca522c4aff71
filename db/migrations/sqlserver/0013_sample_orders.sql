-- Samples as orders of their own, and pre-production samples. order_type says what an order is for: bulk, or sample (sample lines
-- only, by courier, paid in full). A customised bulk order may ask for a pre-production sample: pre_production_sample_days holds the
-- days to make it (null: none asked for), each sample the supplier sends is a round in order_samples, and production waits until one
-- is approved; that round's reference is the golden sample. Its steps are history entries announced as order.design_updated.
ALTER TABLE orders ADD
  order_type                  NVARCHAR(8)  NOT NULL CONSTRAINT df_orders_order_type DEFAULT 'bulk'
                                CONSTRAINT ck_orders_order_type CHECK (order_type IN ('bulk', 'sample')),
  pre_production_sample_days  INT          NULL CONSTRAINT ck_orders_pre_production_sample_days CHECK (pre_production_sample_days > 0);

-- A changes_requested comment (up to 1,000 characters) is a history note; 0002 made the column 500 wide.
ALTER TABLE order_status_history ALTER COLUMN note NVARCHAR(1000) NULL;
ALTER TABLE order_status_history DROP CONSTRAINT ck_order_status_history_step;
ALTER TABLE order_status_history ALTER COLUMN step NVARCHAR(32) NULL;
ALTER TABLE order_status_history ADD CONSTRAINT ck_order_status_history_step
  CHECK (step IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                  'sample_dispatched', 'sample_approved', 'sample_changes_requested'));

CREATE TABLE order_samples (
  order_id          NVARCHAR(40)    NOT NULL CONSTRAINT fk_order_samples_order REFERENCES orders (order_id),
  round             INT             NOT NULL CONSTRAINT ck_order_samples_round CHECK (round > 0),
  reference         NVARCHAR(40)    NOT NULL,
  carrier           NVARCHAR(40)    NULL,
  tracking_number   NVARCHAR(40)    NULL,
  note              NVARCHAR(500)   NULL,
  dispatched_at_ms  BIGINT          NOT NULL,
  decision          NVARCHAR(24)    NULL CONSTRAINT ck_order_samples_decision CHECK (decision IN ('approved', 'changes_requested')),
  comment           NVARCHAR(1000)  NULL,
  decided_at_ms     BIGINT          NULL,
  CONSTRAINT pk_order_samples PRIMARY KEY (order_id, round),
  CONSTRAINT uq_order_samples_reference UNIQUE (order_id, reference)
);
