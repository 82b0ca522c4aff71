-- The admin maintains the landed-cost reference data (freight lanes, duty rates, insurance terms), and every change
-- to it joins the catalogue's audit trail. Those entries belong to no product, so product_id becomes nullable and
-- resource_type learns the three new kinds.
ALTER TABLE catalogue_audit DROP CONSTRAINT ck_catalogue_audit_type;
ALTER TABLE catalogue_audit ADD CONSTRAINT ck_catalogue_audit_type
  CHECK (resource_type IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance'));

DROP INDEX ix_catalogue_audit_product ON catalogue_audit;
ALTER TABLE catalogue_audit ALTER COLUMN product_id NVARCHAR(64) NULL;
CREATE INDEX ix_catalogue_audit_product ON catalogue_audit (product_id, audit_id);
