-- Distributor webhooks: endpoints a distributor registers, one delivery per (endpoint, event) written in the same
-- transaction as the order change it reports, and every attempt to deliver it. The signing secret is kept as issued:
-- signing needs it, so unlike an API key it cannot be stored as a hash.

CREATE TABLE webhook_endpoints (
  webhook_id      NVARCHAR(36)    NOT NULL CONSTRAINT pk_webhook_endpoints PRIMARY KEY,
  distributor_id  NVARCHAR(48)    NOT NULL CONSTRAINT fk_webhook_endpoints_distributor REFERENCES distributors (distributor_id),
  url             NVARCHAR(2000)  NOT NULL CONSTRAINT ck_webhook_endpoints_url CHECK (LEN(url) >= 1),
  description     NVARCHAR(200)   NULL,
  secret          NVARCHAR(64)    NOT NULL,
  created_at_ms   BIGINT          NOT NULL,
  disabled_at_ms  BIGINT          NULL
);
CREATE INDEX ix_webhook_endpoints_distributor ON webhook_endpoints (distributor_id, webhook_id);

-- attempts counts every attempt ever made; attempts_at_requeue is that count when the delivery was last queued
-- (0, or the count at a redelivery), so each round gets the full retry schedule.
CREATE TABLE webhook_deliveries (
  delivery_id          NVARCHAR(36)    NOT NULL CONSTRAINT pk_webhook_deliveries PRIMARY KEY,
  webhook_id           NVARCHAR(36)    NOT NULL CONSTRAINT fk_webhook_deliveries_webhook REFERENCES webhook_endpoints (webhook_id),
  event_id             NVARCHAR(36)    NOT NULL,
  event_type           NVARCHAR(32)    NOT NULL CONSTRAINT ck_webhook_deliveries_event CHECK (event_type IN ('order.placed', 'order.status_changed', 'webhook.ping')),
  order_id             NVARCHAR(40)    NULL CONSTRAINT fk_webhook_deliveries_order REFERENCES orders (order_id),
  payload              NVARCHAR(MAX)   NOT NULL,
  state                NVARCHAR(16)    NOT NULL CONSTRAINT df_webhook_deliveries_state DEFAULT 'pending'
                                       CONSTRAINT ck_webhook_deliveries_state CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts             INT             NOT NULL CONSTRAINT df_webhook_deliveries_attempts DEFAULT 0
                                       CONSTRAINT ck_webhook_deliveries_attempts CHECK (attempts >= 0),
  attempts_at_requeue  INT             NOT NULL CONSTRAINT df_webhook_deliveries_requeue DEFAULT 0,
  next_attempt_at_ms   BIGINT          NOT NULL,
  lease_owner          NVARCHAR(64)    NULL,
  lease_until_ms       BIGINT          NULL,
  last_status_code     INT             NULL,
  last_error           NVARCHAR(500)   NULL,
  created_at_ms        BIGINT          NOT NULL,
  delivered_at_ms      BIGINT          NULL,
  CONSTRAINT uq_webhook_deliveries_event UNIQUE (webhook_id, event_id),
  CONSTRAINT ck_webhook_deliveries_requeue CHECK (attempts_at_requeue >= 0 AND attempts_at_requeue <= attempts)
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at_ms);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, delivery_id);

CREATE TABLE webhook_attempts (
  delivery_id  NVARCHAR(36)    NOT NULL CONSTRAINT fk_webhook_attempts_delivery REFERENCES webhook_deliveries (delivery_id),
  attempt      INT             NOT NULL CONSTRAINT ck_webhook_attempts_attempt CHECK (attempt > 0),
  at_ms        BIGINT          NOT NULL,
  status_code  INT             NULL,
  duration_ms  BIGINT          NOT NULL CONSTRAINT ck_webhook_attempts_duration CHECK (duration_ms >= 0),
  error        NVARCHAR(500)   NULL,
  CONSTRAINT pk_webhook_attempts PRIMARY KEY (delivery_id, attempt)
);
