-- Each distributor may have one price list with validity dates: a percentage off the list ladder per family, and
-- explicit ladders per SKU (USD cents, held to the catalogue's ladder rules). Quotes, orders and catalogue reads made
-- with the distributor's key use it while it is valid; an order keeps which list priced it. Changes are audited,
-- so resource_type learns price_list (by a column copy, as in 0008).
CREATE TABLE price_lists (
  distributor_id         TEXT    NOT NULL PRIMARY KEY REFERENCES distributors (distributor_id),
  name                   TEXT    NOT NULL,
  valid_from             TEXT    NOT NULL,
  valid_to               TEXT    NOT NULL,
  family_discounts_json  TEXT    NOT NULL,
  sku_ladders_json       TEXT    NOT NULL,
  version                INTEGER NOT NULL CHECK (version > 0),
  updated_at_ms          INTEGER NOT NULL,
  CHECK (valid_from <= valid_to)
);

ALTER TABLE catalogue_audit ADD COLUMN resource_kind TEXT NOT NULL DEFAULT 'product'
  CHECK (resource_kind IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list'));
UPDATE catalogue_audit SET resource_kind = resource_type;
ALTER TABLE catalogue_audit DROP COLUMN resource_type;
ALTER TABLE catalogue_audit RENAME COLUMN resource_kind TO resource_type;

ALTER TABLE orders ADD COLUMN price_list_json TEXT NULL;
