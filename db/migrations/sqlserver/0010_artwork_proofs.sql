-- Artwork and proof approval for customised orders. Such an order starts in awaiting_artwork, one row per design in
-- order_designs; each proof the supplier posts is a round in design_proofs, approved or sent back with a comment. Files
-- are kept by the file store under their SHA-256; the rows hold the hash, type and size. Each step is a history entry
-- (step and design say which) and an outbox event, order.design_updated.
ALTER TABLE orders DROP CONSTRAINT ck_orders_status;
ALTER TABLE orders ADD CONSTRAINT ck_orders_status
  CHECK (status IN ('awaiting_artwork', 'submitted', 'confirmed', 'in_production', 'ready_to_ship', 'shipped', 'delivered', 'cancelled', 'rejected'));

ALTER TABLE outbox_messages DROP CONSTRAINT ck_outbox_messages_event;
ALTER TABLE outbox_messages ADD CONSTRAINT ck_outbox_messages_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated'));

ALTER TABLE webhook_deliveries DROP CONSTRAINT ck_webhook_deliveries_event;
ALTER TABLE webhook_deliveries ADD CONSTRAINT ck_webhook_deliveries_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'webhook.ping'));

ALTER TABLE order_status_history ADD
  step    NVARCHAR(24)  NULL CONSTRAINT ck_order_status_history_step
            CHECK (step IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested')),
  design  NVARCHAR(40)  NULL;

CREATE TABLE order_designs (
  order_id                NVARCHAR(40)   NOT NULL CONSTRAINT fk_order_designs_order REFERENCES orders (order_id),
  design                  NVARCHAR(40)   NOT NULL,
  state                   NVARCHAR(24)   NOT NULL CONSTRAINT ck_order_designs_state
                            CHECK (state IN ('awaiting_artwork', 'awaiting_proof', 'proof_sent', 'changes_requested', 'approved')),
  accepted_formats        NVARCHAR(64)   NOT NULL,
  artwork_sha256          NCHAR(64)      NULL,
  artwork_format          NVARCHAR(8)    NULL,
  artwork_file_name       NVARCHAR(200)  NULL,
  artwork_bytes           BIGINT         NULL CONSTRAINT ck_order_designs_bytes CHECK (artwork_bytes > 0),
  artwork_uploads         INT            NOT NULL CONSTRAINT df_order_designs_uploads DEFAULT 0,
  artwork_uploaded_at_ms  BIGINT         NULL,
  approved_round          INT            NULL,
  approved_at_ms          BIGINT         NULL,
  CONSTRAINT pk_order_designs PRIMARY KEY (order_id, design)
);

CREATE TABLE design_proofs (
  order_id        NVARCHAR(40)    NOT NULL,
  design          NVARCHAR(40)    NOT NULL,
  round           INT             NOT NULL CONSTRAINT ck_design_proofs_round CHECK (round > 0),
  sha256          NCHAR(64)       NOT NULL,
  format          NVARCHAR(8)     NOT NULL,
  file_name       NVARCHAR(200)   NULL,
  bytes           BIGINT          NOT NULL CONSTRAINT ck_design_proofs_bytes CHECK (bytes > 0),
  note            NVARCHAR(500)   NULL,
  posted_at_ms    BIGINT          NOT NULL,
  decision        NVARCHAR(24)    NULL CONSTRAINT ck_design_proofs_decision CHECK (decision IN ('approved', 'changes_requested')),
  comment         NVARCHAR(1000)  NULL,
  decided_at_ms   BIGINT          NULL,
  CONSTRAINT pk_design_proofs PRIMARY KEY (order_id, design, round),
  CONSTRAINT fk_design_proofs_design FOREIGN KEY (order_id, design) REFERENCES order_designs (order_id, design)
);
