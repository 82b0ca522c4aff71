-- Distributor webhooks: endpoints a distributor registers, one delivery per (endpoint, event) written in the same
-- transaction as the order change it reports, and every attempt to deliver it. The signing secret is kept as issued:
-- signing needs it, so unlike an API key it cannot be stored as a hash.

CREATE TABLE webhook_endpoints (
  webhook_id      TEXT    NOT NULL PRIMARY KEY,
  distributor_id  TEXT    NOT NULL REFERENCES distributors (distributor_id),
  url             TEXT    NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  description     TEXT    NULL,
  secret          TEXT    NOT NULL,
  created_at_ms   INTEGER NOT NULL,
  disabled_at_ms  INTEGER NULL
);
CREATE INDEX ix_webhook_endpoints_distributor ON webhook_endpoints (distributor_id, webhook_id);

-- attempts counts every attempt ever made; attempts_at_requeue is that count when the delivery was last queued
-- (0, or the count at a redelivery), so each round gets the full retry schedule.
CREATE TABLE webhook_deliveries (
  delivery_id          TEXT    NOT NULL PRIMARY KEY,
  webhook_id           TEXT    NOT NULL REFERENCES webhook_endpoints (webhook_id),
  event_id             TEXT    NOT NULL,
  event_type           TEXT    NOT NULL CHECK (event_type IN ('order.placed', 'order.status_changed', 'webhook.ping')),
  order_id             TEXT    NULL REFERENCES orders (order_id),
  payload              TEXT    NOT NULL,
  state                TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts             INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  attempts_at_requeue  INTEGER NOT NULL DEFAULT 0 CHECK (attempts_at_requeue >= 0 AND attempts_at_requeue <= attempts),
  next_attempt_at_ms   INTEGER NOT NULL,
  lease_owner          TEXT    NULL,
  lease_until_ms       INTEGER NULL,
  last_status_code     INTEGER NULL,
  last_error           TEXT    NULL,
  created_at_ms        INTEGER NOT NULL,
  delivered_at_ms      INTEGER NULL,
  UNIQUE (webhook_id, event_id)
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at_ms);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, delivery_id);

CREATE TABLE webhook_attempts (
  delivery_id  TEXT    NOT NULL REFERENCES webhook_deliveries (delivery_id),
  attempt      INTEGER NOT NULL CHECK (attempt > 0),
  at_ms        INTEGER NOT NULL,
  status_code  INTEGER NULL,
  duration_ms  INTEGER NOT NULL CHECK (duration_ms >= 0),
  error        TEXT    NULL,
  PRIMARY KEY (delivery_id, attempt)
);
