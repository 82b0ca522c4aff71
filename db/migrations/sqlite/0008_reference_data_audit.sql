-- The admin maintains the landed-cost reference data (freight lanes, duty rates, insurance terms), and every change
-- to it joins the catalogue's audit trail. Those entries belong to no product, so product_id becomes nullable and
-- resource_type learns the three new kinds. SQLite cannot change a column in place: each is replaced by a copy.
ALTER TABLE catalogue_audit ADD COLUMN resource_kind TEXT NOT NULL DEFAULT 'product'
  CHECK (resource_kind IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance'));
UPDATE catalogue_audit SET resource_kind = resource_type;
ALTER TABLE catalogue_audit DROP COLUMN resource_type;
ALTER TABLE catalogue_audit RENAME COLUMN resource_kind TO resource_type;

DROP INDEX ix_catalogue_audit_product;
ALTER TABLE catalogue_audit ADD COLUMN product_of TEXT NULL;
UPDATE catalogue_audit SET product_of = product_id;
ALTER TABLE catalogue_audit DROP COLUMN product_id;
ALTER TABLE catalogue_audit RENAME COLUMN product_of TO product_id;
CREATE INDEX ix_catalogue_audit_product ON catalogue_audit (product_id, audit_id);
