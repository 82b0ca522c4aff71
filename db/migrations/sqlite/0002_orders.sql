-- Wholesale order intake: distributor accounts, hashed API keys, orders with their price snapshot and
-- status history, idempotency records and held quotes. Stock reserved by open orders is counted apart
-- from stock on hand; the CHECK makes overselling impossible whatever the application does.

ALTER TABLE variants ADD COLUMN stock_reserved INTEGER NOT NULL DEFAULT 0
  CHECK (stock_reserved >= 0 AND stock_reserved <= stock_on_hand);

CREATE TABLE distributors (
  distributor_id    TEXT    NOT NULL PRIMARY KEY,
  company_name      TEXT    NOT NULL,
  country           TEXT    NOT NULL,
  default_currency  TEXT    NOT NULL,
  default_incoterm  TEXT    NOT NULL CHECK (default_incoterm IN ('EXW', 'FOB', 'CIF', 'DAP', 'DDP')),
  deposit_percent   INTEGER NOT NULL CHECK (deposit_percent BETWEEN 0 AND 100),
  payment_terms     TEXT    NOT NULL,
  created_at_ms     INTEGER NOT NULL,
  updated_at_ms     INTEGER NOT NULL
);

CREATE TABLE api_keys (
  key_id          TEXT    NOT NULL PRIMARY KEY,
  key_hash        TEXT    NOT NULL,
  role            TEXT    NOT NULL CHECK (role IN ('storefront', 'distributor', 'admin')),
  distributor_id  TEXT    NULL REFERENCES distributors (distributor_id),
  label           TEXT    NOT NULL,
  created_at_ms   INTEGER NOT NULL,
  revoked_at_ms   INTEGER NULL,
  CHECK ((role = 'distributor' AND distributor_id IS NOT NULL) OR (role <> 'distributor' AND distributor_id IS NULL))
);
CREATE INDEX ix_api_keys_distributor ON api_keys (distributor_id, key_id);

CREATE TABLE orders (
  order_id                 TEXT    NOT NULL PRIMARY KEY,
  distributor_id           TEXT    NOT NULL REFERENCES distributors (distributor_id),
  status                   TEXT    NOT NULL CHECK (status IN ('submitted', 'confirmed', 'in_production', 'ready_to_ship', 'shipped', 'delivered', 'cancelled', 'rejected')),
  version                  INTEGER NOT NULL CHECK (version > 0),
  buyer_reference          TEXT    NOT NULL,
  currency                 TEXT    NOT NULL,
  fx_rate                  TEXT    NOT NULL,
  fx_rate_as_of_ms         INTEGER NULL,
  incoterm                 TEXT    NOT NULL CHECK (incoterm IN ('EXW', 'FOB', 'CIF', 'DAP', 'DDP')),
  ship_to_name             TEXT    NULL,
  ship_to_line1            TEXT    NOT NULL,
  ship_to_line2            TEXT    NULL,
  ship_to_city             TEXT    NOT NULL,
  ship_to_region           TEXT    NULL,
  ship_to_postal_code      TEXT    NULL,
  ship_to_country          TEXT    NOT NULL,
  requested_delivery_date  TEXT    NULL,
  promised_ship_date       TEXT    NOT NULL,
  quote_id                 TEXT    NULL,
  notes                    TEXT    NULL,
  units                    INTEGER NOT NULL CHECK (units > 0),
  subtotal_minor           INTEGER NOT NULL CHECK (subtotal_minor >= 0),
  subtotal_usd_cents       INTEGER NOT NULL CHECK (subtotal_usd_cents >= 0),
  deposit_percent          INTEGER NOT NULL CHECK (deposit_percent BETWEEN 0 AND 100),
  deposit_minor            INTEGER NOT NULL CHECK (deposit_minor >= 0),
  balance_minor            INTEGER NOT NULL CHECK (balance_minor >= 0),
  payment_terms            TEXT    NOT NULL,
  created_at_ms            INTEGER NOT NULL,
  updated_at_ms            INTEGER NOT NULL,
  CHECK (deposit_minor + balance_minor = subtotal_minor)
);
CREATE INDEX ix_orders_distributor_created ON orders (distributor_id, created_at_ms, order_id);
CREATE INDEX ix_orders_created ON orders (created_at_ms, order_id);

CREATE TABLE order_lines (
  order_id               TEXT    NOT NULL REFERENCES orders (order_id),
  line_number            INTEGER NOT NULL CHECK (line_number > 0),
  sku                    TEXT    NOT NULL REFERENCES variants (sku),
  product_id             TEXT    NOT NULL,
  sample                 INTEGER NOT NULL CHECK (sample IN (0, 1)),
  quantity               INTEGER NOT NULL CHECK (quantity > 0),
  tier_min_quantity      INTEGER NULL,
  unit_price_usd_cents   INTEGER NOT NULL CHECK (unit_price_usd_cents > 0),
  unit_price_minor       INTEGER NOT NULL CHECK (unit_price_minor >= 0),
  line_total_minor       INTEGER NOT NULL CHECK (line_total_minor >= 0),
  reserved_from_stock    INTEGER NOT NULL CHECK (reserved_from_stock >= 0),
  made_to_order          INTEGER NOT NULL CHECK (made_to_order >= 0),
  estimated_ship_date    TEXT    NOT NULL,
  PRIMARY KEY (order_id, line_number),
  CHECK (reserved_from_stock + made_to_order = quantity)
);

CREATE TABLE order_status_history (
  order_id      TEXT    NOT NULL REFERENCES orders (order_id),
  sequence      INTEGER NOT NULL CHECK (sequence > 0),
  from_status   TEXT    NULL,
  to_status     TEXT    NOT NULL,
  actor_role    TEXT    NOT NULL CHECK (actor_role IN ('distributor', 'admin', 'system')),
  actor_key_id  TEXT    NULL,
  note          TEXT    NULL,
  at_ms         INTEGER NOT NULL,
  PRIMARY KEY (order_id, sequence)
);

-- One row per (distributor, Idempotency-Key): the primary key is what makes a duplicate impossible,
-- across threads and across app instances sharing the database.
CREATE TABLE idempotency_keys (
  distributor_id     TEXT    NOT NULL REFERENCES distributors (distributor_id),
  idempotency_key    TEXT    NOT NULL,
  request_hash       TEXT    NOT NULL,
  state              TEXT    NOT NULL CHECK (state IN ('in_flight', 'completed')),
  order_id           TEXT    NULL,
  response_status    INTEGER NULL,
  response_body      TEXT    NULL,
  response_etag      TEXT    NULL,
  locked_at_ms       INTEGER NOT NULL,
  expires_at_ms      INTEGER NOT NULL,
  PRIMARY KEY (distributor_id, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_expiry ON idempotency_keys (expires_at_ms);

CREATE TABLE quotes (
  quote_id          TEXT    NOT NULL PRIMARY KEY,
  currency          TEXT    NOT NULL,
  fx_rate           TEXT    NOT NULL,
  fx_rate_as_of_ms  INTEGER NULL,
  created_at_ms     INTEGER NOT NULL,
  valid_until_ms    INTEGER NOT NULL
);
CREATE INDEX ix_quotes_valid_until ON quotes (valid_until_ms);

CREATE TABLE quote_lines (
  quote_id              TEXT    NOT NULL REFERENCES quotes (quote_id) ON DELETE CASCADE,
  line_number           INTEGER NOT NULL,
  sku                   TEXT    NOT NULL,
  sample                INTEGER NOT NULL CHECK (sample IN (0, 1)),
  quantity              INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_usd_cents  INTEGER NOT NULL CHECK (unit_price_usd_cents > 0),
  PRIMARY KEY (quote_id, line_number)
);
