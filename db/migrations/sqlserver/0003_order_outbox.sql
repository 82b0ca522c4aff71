-- Transactional outbox: every order event is written in the same transaction as the change it reports, so an
-- accepted order can never exist without the message that carries it to the supplier's ERP. One row per order
-- version; (order_id, sequence) keeps them in order and unique.

CREATE TABLE outbox_messages (
  message_id          NVARCHAR(40)   NOT NULL CONSTRAINT pk_outbox_messages PRIMARY KEY,
  order_id            NVARCHAR(40)   NOT NULL CONSTRAINT fk_outbox_messages_order REFERENCES orders (order_id),
  sequence            INT            NOT NULL CONSTRAINT ck_outbox_messages_sequence CHECK (sequence > 0),
  event_type          NVARCHAR(32)   NOT NULL CONSTRAINT ck_outbox_messages_event CHECK (event_type IN ('order.placed', 'order.status_changed')),
  payload             NVARCHAR(MAX)  NOT NULL,
  state               NVARCHAR(16)   NOT NULL CONSTRAINT df_outbox_messages_state DEFAULT 'pending'
                                     CONSTRAINT ck_outbox_messages_state CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts            INT            NOT NULL CONSTRAINT df_outbox_messages_attempts DEFAULT 0
                                     CONSTRAINT ck_outbox_messages_attempts CHECK (attempts >= 0),
  next_attempt_at_ms  BIGINT         NOT NULL,
  lease_owner         NVARCHAR(64)   NULL,
  lease_until_ms      BIGINT         NULL,
  last_error          NVARCHAR(1000) NULL,
  erp_reference       NVARCHAR(100)  NULL,
  created_at_ms       BIGINT         NOT NULL,
  delivered_at_ms     BIGINT         NULL,
  CONSTRAINT uq_outbox_messages_order_sequence UNIQUE (order_id, sequence)
);
CREATE INDEX ix_outbox_messages_due ON outbox_messages (state, next_attempt_at_ms);
