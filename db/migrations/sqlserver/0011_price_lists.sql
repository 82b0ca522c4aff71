-- Each distributor may have one price list with validity dates: a percentage off the list ladder per family, and
-- explicit ladders per SKU (USD cents, held to the catalogue's ladder rules). Quotes, orders and catalogue reads made
-- with the distributor's key use it while it is valid; an order keeps which list priced it. Changes are audited.
CREATE TABLE price_lists (
  distributor_id         NVARCHAR(48)   NOT NULL CONSTRAINT pk_price_lists PRIMARY KEY
                           CONSTRAINT fk_price_lists_distributor REFERENCES distributors (distributor_id),
  name                   NVARCHAR(60)   NOT NULL,
  valid_from             NCHAR(10)      NOT NULL,
  valid_to               NCHAR(10)      NOT NULL,
  family_discounts_json  NVARCHAR(MAX)  NOT NULL,
  sku_ladders_json       NVARCHAR(MAX)  NOT NULL,
  version                INT            NOT NULL CONSTRAINT ck_price_lists_version CHECK (version > 0),
  updated_at_ms          BIGINT         NOT NULL,
  CONSTRAINT ck_price_lists_validity CHECK (valid_from <= valid_to)
);

ALTER TABLE catalogue_audit DROP CONSTRAINT ck_catalogue_audit_type;
ALTER TABLE catalogue_audit ADD CONSTRAINT ck_catalogue_audit_type
  CHECK (resource_type IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list'));

ALTER TABLE orders ADD price_list_json NVARCHAR(MAX) NULL;
