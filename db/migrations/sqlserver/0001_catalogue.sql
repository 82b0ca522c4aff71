-- Catalogue: families, products with specs, colour/material variants (SKUs) and USD price tiers.
-- Timestamps are Unix epoch milliseconds (UTC) and money is integer US cents in both dialects,
-- so values compare, sort and round-trip identically on SQLite and SQL Server.

CREATE TABLE categories (
  category_key   NVARCHAR(32)  NOT NULL CONSTRAINT pk_categories PRIMARY KEY,
  name           NVARCHAR(100) NOT NULL,
  description    NVARCHAR(1000) NOT NULL,
  sort_order     INT           NOT NULL
);

CREATE TABLE products (
  product_id         NVARCHAR(64)   NOT NULL CONSTRAINT pk_products PRIMARY KEY,
  category_key       NVARCHAR(32)   NOT NULL CONSTRAINT fk_products_category REFERENCES categories (category_key),
  name               NVARCHAR(200)  NOT NULL,
  description        NVARCHAR(4000) NOT NULL,
  material           NVARCHAR(40)   NOT NULL,
  material_grade     NVARCHAR(100)  NOT NULL,
  capacity_litres    FLOAT          NOT NULL CONSTRAINT ck_products_capacity CHECK (capacity_litres > 0),
  height_cm          FLOAT          NOT NULL CONSTRAINT ck_products_height CHECK (height_cm > 0),
  width_cm           FLOAT          NOT NULL CONSTRAINT ck_products_width CHECK (width_cm > 0),
  depth_cm           FLOAT          NOT NULL CONSTRAINT ck_products_depth CHECK (depth_cm > 0),
  weight_grams       INT            NOT NULL CONSTRAINT ck_products_weight CHECK (weight_grams > 0),
  max_load_kg        FLOAT          NOT NULL CONSTRAINT ck_products_max_load CHECK (max_load_kg > 0),
  lining             NVARCHAR(200)  NOT NULL,
  zipper             NVARCHAR(200)  NOT NULL,
  stitches_per_inch  INT            NOT NULL CONSTRAINT ck_products_spi CHECK (stitches_per_inch > 0),
  water_resistance   NVARCHAR(200)  NOT NULL,
  uv_stabilised      INT            NOT NULL CONSTRAINT ck_products_uv CHECK (uv_stabilised IN (0, 1)),
  origin_country     NCHAR(2)       NOT NULL,
  hs_code            NVARCHAR(12)   NOT NULL,
  lead_time_days     INT            NOT NULL CONSTRAINT ck_products_lead_time CHECK (lead_time_days >= 0),
  product_moq        INT            NULL CONSTRAINT ck_products_moq CHECK (product_moq > 0),
  status             NVARCHAR(16)   NOT NULL CONSTRAINT df_products_status DEFAULT 'published'
                                    CONSTRAINT ck_products_status CHECK (status IN ('draft', 'published', 'archived')),
  created_at_ms      BIGINT         NOT NULL,
  updated_at_ms      BIGINT         NOT NULL
);
CREATE INDEX ix_products_category ON products (category_key, product_id);
CREATE INDEX ix_products_name ON products (name, product_id);
CREATE INDEX ix_products_capacity ON products (capacity_litres, product_id);
CREATE INDEX ix_products_created ON products (created_at_ms, product_id);

CREATE TABLE product_features (
  product_id  NVARCHAR(64) NOT NULL CONSTRAINT fk_product_features_product REFERENCES products (product_id),
  feature     NVARCHAR(40) NOT NULL,
  CONSTRAINT pk_product_features PRIMARY KEY (product_id, feature)
);
CREATE INDEX ix_product_features_feature ON product_features (feature, product_id);

CREATE TABLE product_certifications (
  product_id     NVARCHAR(64) NOT NULL CONSTRAINT fk_product_certifications_product REFERENCES products (product_id),
  certification  NVARCHAR(40) NOT NULL,
  CONSTRAINT pk_product_certifications PRIMARY KEY (product_id, certification)
);
CREATE INDEX ix_product_certifications_cert ON product_certifications (certification, product_id);

CREATE TABLE variants (
  sku                 NVARCHAR(32)  NOT NULL CONSTRAINT pk_variants PRIMARY KEY,
  product_id          NVARCHAR(64)  NOT NULL CONSTRAINT fk_variants_product REFERENCES products (product_id),
  colour              NVARCHAR(60)  NOT NULL,
  material            NVARCHAR(40)  NOT NULL,
  moq                 INT           NOT NULL CONSTRAINT ck_variants_moq CHECK (moq > 0),
  order_increment     INT           NOT NULL CONSTRAINT ck_variants_increment CHECK (order_increment > 0),
  carton_size         INT           NOT NULL CONSTRAINT ck_variants_carton CHECK (carton_size > 0),
  max_per_order       INT           NULL CONSTRAINT ck_variants_max CHECK (max_per_order > 0),
  sample_price_cents  BIGINT        NULL CONSTRAINT ck_variants_sample_price CHECK (sample_price_cents > 0),
  sample_max          INT           NULL CONSTRAINT ck_variants_sample_max CHECK (sample_max > 0),
  stock_on_hand       INT           NOT NULL CONSTRAINT ck_variants_stock CHECK (stock_on_hand >= 0),
  created_at_ms       BIGINT        NOT NULL,
  updated_at_ms       BIGINT        NOT NULL
);
CREATE INDEX ix_variants_product ON variants (product_id, sku);
CREATE INDEX ix_variants_material ON variants (material, product_id);

CREATE TABLE price_tiers (
  sku               NVARCHAR(32) NOT NULL CONSTRAINT fk_price_tiers_variant REFERENCES variants (sku),
  min_quantity      INT          NOT NULL CONSTRAINT ck_price_tiers_min CHECK (min_quantity > 0),
  unit_price_cents  BIGINT       NOT NULL CONSTRAINT ck_price_tiers_price CHECK (unit_price_cents > 0),
  CONSTRAINT pk_price_tiers PRIMARY KEY (sku, min_quantity)
);
