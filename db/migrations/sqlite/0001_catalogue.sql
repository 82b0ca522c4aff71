-- Catalogue: families, products with specs, colour/material variants (SKUs) and USD price tiers.
-- Timestamps are Unix epoch milliseconds (UTC) and money is integer US cents in both dialects,
-- so values compare, sort and round-trip identically on SQLite and SQL Server.

CREATE TABLE categories (
  category_key   TEXT    NOT NULL PRIMARY KEY,
  name           TEXT    NOT NULL,
  description    TEXT    NOT NULL,
  sort_order     INTEGER NOT NULL
);

CREATE TABLE products (
  product_id         TEXT    NOT NULL PRIMARY KEY,
  category_key       TEXT    NOT NULL REFERENCES categories (category_key),
  name               TEXT    NOT NULL,
  description        TEXT    NOT NULL,
  material           TEXT    NOT NULL,
  material_grade     TEXT    NOT NULL,
  capacity_litres    REAL    NOT NULL CHECK (capacity_litres > 0),
  height_cm          REAL    NOT NULL CHECK (height_cm > 0),
  width_cm           REAL    NOT NULL CHECK (width_cm > 0),
  depth_cm           REAL    NOT NULL CHECK (depth_cm > 0),
  weight_grams       INTEGER NOT NULL CHECK (weight_grams > 0),
  max_load_kg        REAL    NOT NULL CHECK (max_load_kg > 0),
  lining             TEXT    NOT NULL,
  zipper             TEXT    NOT NULL,
  stitches_per_inch  INTEGER NOT NULL CHECK (stitches_per_inch > 0),
  water_resistance   TEXT    NOT NULL,
  uv_stabilised      INTEGER NOT NULL CHECK (uv_stabilised IN (0, 1)),
  origin_country     TEXT    NOT NULL,
  hs_code            TEXT    NOT NULL,
  lead_time_days     INTEGER NOT NULL CHECK (lead_time_days >= 0),
  product_moq        INTEGER NULL CHECK (product_moq > 0),
  status             TEXT    NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published', 'archived')),
  created_at_ms      INTEGER NOT NULL,
  updated_at_ms      INTEGER NOT NULL
);
CREATE INDEX ix_products_category ON products (category_key, product_id);
CREATE INDEX ix_products_name ON products (name, product_id);
CREATE INDEX ix_products_capacity ON products (capacity_litres, product_id);
CREATE INDEX ix_products_created ON products (created_at_ms, product_id);

CREATE TABLE product_features (
  product_id  TEXT NOT NULL REFERENCES products (product_id),
  feature     TEXT NOT NULL,
  PRIMARY KEY (product_id, feature)
);
CREATE INDEX ix_product_features_feature ON product_features (feature, product_id);

CREATE TABLE product_certifications (
  product_id     TEXT NOT NULL REFERENCES products (product_id),
  certification  TEXT NOT NULL,
  PRIMARY KEY (product_id, certification)
);
CREATE INDEX ix_product_certifications_cert ON product_certifications (certification, product_id);

CREATE TABLE variants (
  sku                 TEXT    NOT NULL PRIMARY KEY,
  product_id          TEXT    NOT NULL REFERENCES products (product_id),
  colour              TEXT    NOT NULL,
  material            TEXT    NOT NULL,
  moq                 INTEGER NOT NULL CHECK (moq > 0),
  order_increment     INTEGER NOT NULL CHECK (order_increment > 0),
  carton_size         INTEGER NOT NULL CHECK (carton_size > 0),
  max_per_order       INTEGER NULL CHECK (max_per_order > 0),
  sample_price_cents  INTEGER NULL CHECK (sample_price_cents > 0),
  sample_max          INTEGER NULL CHECK (sample_max > 0),
  stock_on_hand       INTEGER NOT NULL CHECK (stock_on_hand >= 0),
  created_at_ms       INTEGER NOT NULL,
  updated_at_ms       INTEGER NOT NULL
);
CREATE INDEX ix_variants_product ON variants (product_id, sku);
CREATE INDEX ix_variants_material ON variants (material, product_id);

CREATE TABLE price_tiers (
  sku               TEXT    NOT NULL REFERENCES variants (sku),
  min_quantity      INTEGER NOT NULL CHECK (min_quantity > 0),
  unit_price_cents  INTEGER NOT NULL CHECK (unit_price_cents > 0),
  PRIMARY KEY (sku, min_quantity)
);
