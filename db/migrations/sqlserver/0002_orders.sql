-- Wholesale order intake: distributor accounts, hashed API keys, orders with their price snapshot and
-- status history, idempotency records and held quotes. Stock reserved by open orders is counted apart
-- from stock on hand; the CHECK makes overselling impossible whatever the application does.

ALTER TABLE variants ADD
  stock_reserved INT NOT NULL CONSTRAINT df_variants_stock_reserved DEFAULT 0,
  CONSTRAINT ck_variants_stock_reserved CHECK (stock_reserved >= 0 AND stock_reserved <= stock_on_hand);

CREATE TABLE distributors (
  distributor_id    NVARCHAR(48)   NOT NULL CONSTRAINT pk_distributors PRIMARY KEY,
  company_name      NVARCHAR(200)  NOT NULL,
  country           NCHAR(2)       NOT NULL,
  default_currency  NCHAR(3)       NOT NULL,
  default_incoterm  NCHAR(3)       NOT NULL CONSTRAINT ck_distributors_incoterm CHECK (default_incoterm IN ('EXW', 'FOB', 'CIF', 'DAP', 'DDP')),
  deposit_percent   INT            NOT NULL CONSTRAINT ck_distributors_deposit CHECK (deposit_percent BETWEEN 0 AND 100),
  payment_terms     NVARCHAR(200)  NOT NULL,
  created_at_ms     BIGINT         NOT NULL,
  updated_at_ms     BIGINT         NOT NULL
);

CREATE TABLE api_keys (
  key_id          NVARCHAR(32)   NOT NULL CONSTRAINT pk_api_keys PRIMARY KEY,
  key_hash        NCHAR(64)      NOT NULL,
  role            NVARCHAR(16)   NOT NULL CONSTRAINT ck_api_keys_role CHECK (role IN ('storefront', 'distributor', 'admin')),
  distributor_id  NVARCHAR(48)   NULL CONSTRAINT fk_api_keys_distributor REFERENCES distributors (distributor_id),
  label           NVARCHAR(100)  NOT NULL,
  created_at_ms   BIGINT         NOT NULL,
  revoked_at_ms   BIGINT         NULL,
  CONSTRAINT ck_api_keys_distributor CHECK ((role = 'distributor' AND distributor_id IS NOT NULL) OR (role <> 'distributor' AND distributor_id IS NULL))
);
CREATE INDEX ix_api_keys_distributor ON api_keys (distributor_id, key_id);

CREATE TABLE orders (
  order_id                 NVARCHAR(40)    NOT NULL CONSTRAINT pk_orders PRIMARY KEY,
  distributor_id           NVARCHAR(48)    NOT NULL CONSTRAINT fk_orders_distributor REFERENCES distributors (distributor_id),
  status                   NVARCHAR(16)    NOT NULL CONSTRAINT ck_orders_status CHECK (status IN ('submitted', 'confirmed', 'in_production', 'ready_to_ship', 'shipped', 'delivered', 'cancelled', 'rejected')),
  version                  INT             NOT NULL CONSTRAINT ck_orders_version CHECK (version > 0),
  buyer_reference          NVARCHAR(64)    NOT NULL,
  currency                 NCHAR(3)        NOT NULL,
  fx_rate                  NVARCHAR(40)    NOT NULL,
  fx_rate_as_of_ms         BIGINT          NULL,
  incoterm                 NCHAR(3)        NOT NULL CONSTRAINT ck_orders_incoterm CHECK (incoterm IN ('EXW', 'FOB', 'CIF', 'DAP', 'DDP')),
  ship_to_name             NVARCHAR(200)   NULL,
  ship_to_line1            NVARCHAR(200)   NOT NULL,
  ship_to_line2            NVARCHAR(200)   NULL,
  ship_to_city             NVARCHAR(100)   NOT NULL,
  ship_to_region           NVARCHAR(100)   NULL,
  ship_to_postal_code      NVARCHAR(20)    NULL,
  ship_to_country          NCHAR(2)        NOT NULL,
  requested_delivery_date  NCHAR(10)       NULL,
  promised_ship_date       NCHAR(10)       NOT NULL,
  quote_id                 NVARCHAR(40)    NULL,
  notes                    NVARCHAR(2000)  NULL,
  units                    INT             NOT NULL CONSTRAINT ck_orders_units CHECK (units > 0),
  subtotal_minor           BIGINT          NOT NULL CONSTRAINT ck_orders_subtotal CHECK (subtotal_minor >= 0),
  subtotal_usd_cents       BIGINT          NOT NULL CONSTRAINT ck_orders_subtotal_usd CHECK (subtotal_usd_cents >= 0),
  deposit_percent          INT             NOT NULL CONSTRAINT ck_orders_deposit_percent CHECK (deposit_percent BETWEEN 0 AND 100),
  deposit_minor            BIGINT          NOT NULL CONSTRAINT ck_orders_deposit CHECK (deposit_minor >= 0),
  balance_minor            BIGINT          NOT NULL CONSTRAINT ck_orders_balance CHECK (balance_minor >= 0),
  payment_terms            NVARCHAR(200)   NOT NULL,
  created_at_ms            BIGINT          NOT NULL,
  updated_at_ms            BIGINT          NOT NULL,
  CONSTRAINT ck_orders_payment_split CHECK (deposit_minor + balance_minor = subtotal_minor)
);
CREATE INDEX ix_orders_distributor_created ON orders (distributor_id, created_at_ms, order_id);
CREATE INDEX ix_orders_created ON orders (created_at_ms, order_id);

CREATE TABLE order_lines (
  order_id               NVARCHAR(40)  NOT NULL CONSTRAINT fk_order_lines_order REFERENCES orders (order_id),
  line_number            INT           NOT NULL CONSTRAINT ck_order_lines_number CHECK (line_number > 0),
  sku                    NVARCHAR(32)  NOT NULL CONSTRAINT fk_order_lines_variant REFERENCES variants (sku),
  product_id             NVARCHAR(64)  NOT NULL,
  sample                 INT           NOT NULL CONSTRAINT ck_order_lines_sample CHECK (sample IN (0, 1)),
  quantity               INT           NOT NULL CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
  tier_min_quantity      INT           NULL,
  unit_price_usd_cents   BIGINT        NOT NULL CONSTRAINT ck_order_lines_unit_usd CHECK (unit_price_usd_cents > 0),
  unit_price_minor       BIGINT        NOT NULL CONSTRAINT ck_order_lines_unit CHECK (unit_price_minor >= 0),
  line_total_minor       BIGINT        NOT NULL CONSTRAINT ck_order_lines_total CHECK (line_total_minor >= 0),
  reserved_from_stock    INT           NOT NULL CONSTRAINT ck_order_lines_reserved CHECK (reserved_from_stock >= 0),
  made_to_order          INT           NOT NULL CONSTRAINT ck_order_lines_made_to_order CHECK (made_to_order >= 0),
  estimated_ship_date    NCHAR(10)     NOT NULL,
  CONSTRAINT pk_order_lines PRIMARY KEY (order_id, line_number),
  CONSTRAINT ck_order_lines_split CHECK (reserved_from_stock + made_to_order = quantity)
);

CREATE TABLE order_status_history (
  order_id      NVARCHAR(40)    NOT NULL CONSTRAINT fk_order_status_history_order REFERENCES orders (order_id),
  sequence      INT             NOT NULL CONSTRAINT ck_order_status_history_sequence CHECK (sequence > 0),
  from_status   NVARCHAR(16)    NULL,
  to_status     NVARCHAR(16)    NOT NULL,
  actor_role    NVARCHAR(16)    NOT NULL CONSTRAINT ck_order_status_history_actor CHECK (actor_role IN ('distributor', 'admin', 'system')),
  actor_key_id  NVARCHAR(32)    NULL,
  note          NVARCHAR(500)   NULL,
  at_ms         BIGINT          NOT NULL,
  CONSTRAINT pk_order_status_history PRIMARY KEY (order_id, sequence)
);

-- One row per (distributor, Idempotency-Key): the primary key is what makes a duplicate impossible,
-- across threads and across app instances sharing the database.
CREATE TABLE idempotency_keys (
  distributor_id     NVARCHAR(48)   NOT NULL CONSTRAINT fk_idempotency_keys_distributor REFERENCES distributors (distributor_id),
  idempotency_key    NVARCHAR(255)  NOT NULL,
  request_hash       NCHAR(64)      NOT NULL,
  state              NVARCHAR(16)   NOT NULL CONSTRAINT ck_idempotency_keys_state CHECK (state IN ('in_flight', 'completed')),
  order_id           NVARCHAR(40)   NULL,
  response_status    INT            NULL,
  response_body      NVARCHAR(MAX)  NULL,
  response_etag      NVARCHAR(64)   NULL,
  locked_at_ms       BIGINT         NOT NULL,
  expires_at_ms      BIGINT         NOT NULL,
  CONSTRAINT pk_idempotency_keys PRIMARY KEY (distributor_id, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_expiry ON idempotency_keys (expires_at_ms);

CREATE TABLE quotes (
  quote_id          NVARCHAR(40)  NOT NULL CONSTRAINT pk_quotes PRIMARY KEY,
  currency          NCHAR(3)      NOT NULL,
  fx_rate           NVARCHAR(40)  NOT NULL,
  fx_rate_as_of_ms  BIGINT        NULL,
  created_at_ms     BIGINT        NOT NULL,
  valid_until_ms    BIGINT        NOT NULL
);
CREATE INDEX ix_quotes_valid_until ON quotes (valid_until_ms);

CREATE TABLE quote_lines (
  quote_id              NVARCHAR(40)  NOT NULL CONSTRAINT fk_quote_lines_quote REFERENCES quotes (quote_id) ON DELETE CASCADE,
  line_number           INT           NOT NULL,
  sku                   NVARCHAR(32)  NOT NULL,
  sample                INT           NOT NULL CONSTRAINT ck_quote_lines_sample CHECK (sample IN (0, 1)),
  quantity              INT           NOT NULL CONSTRAINT ck_quote_lines_quantity CHECK (quantity > 0),
  unit_price_usd_cents  BIGINT        NOT NULL CONSTRAINT ck_quote_lines_unit_usd CHECK (unit_price_usd_cents > 0),
  CONSTRAINT pk_quote_lines PRIMARY KEY (quote_id, line_number)
);
