-- Catalogue administration: resource versions for If-Match, archived SKUs, the change feed storefronts sync
-- from, and the audit trail of who changed what.
--
-- A product's version counts changes to its own record (fields, specs, status, the SKUs it lists); a variant's
-- counts changes to its terms, status, price ladder and stock, including stock that orders reserve or ship.

ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
ALTER TABLE variants ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
ALTER TABLE variants ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived'));

-- One row that every catalogue write updates first: it serialises catalogue writers, so change sequences
-- commit in the order they were issued and a feed reader can never skip one that commits late.
CREATE TABLE catalogue_sequence (
  singleton      INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
  last_sequence  INTEGER NOT NULL CHECK (last_sequence >= 0)
);
INSERT INTO catalogue_sequence (singleton, last_sequence) VALUES (1, 0);

-- The change feed keeps one row per resource, at its latest change, so a storefront that syncs late reads each
-- changed resource once. 'removed' is a tombstone: the resource is no longer publicly visible.
CREATE TABLE catalogue_changes (
  resource_type  TEXT    NOT NULL CHECK (resource_type IN ('product', 'variant', 'prices')),
  resource_id    TEXT    NOT NULL,
  product_id     TEXT    NOT NULL,
  sequence       INTEGER NOT NULL,
  change         TEXT    NOT NULL CHECK (change IN ('upserted', 'removed')),
  changed_at_ms  INTEGER NOT NULL,
  PRIMARY KEY (resource_type, resource_id)
);
CREATE UNIQUE INDEX ux_catalogue_changes_sequence ON catalogue_changes (sequence);

CREATE TABLE catalogue_audit (
  audit_id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  occurred_at_ms  INTEGER NOT NULL,
  actor_key_id    TEXT    NOT NULL,
  actor_role      TEXT    NOT NULL,
  action          TEXT    NOT NULL,
  resource_type   TEXT    NOT NULL CHECK (resource_type IN ('product', 'variant', 'prices', 'stock')),
  resource_id     TEXT    NOT NULL,
  product_id      TEXT    NOT NULL,
  reason          TEXT    NULL,
  changes_json    TEXT    NOT NULL
);
CREATE INDEX ix_catalogue_audit_resource ON catalogue_audit (resource_id, audit_id);
CREATE INDEX ix_catalogue_audit_product ON catalogue_audit (product_id, audit_id);
CREATE INDEX ix_catalogue_audit_actor ON catalogue_audit (actor_key_id, audit_id);
CREATE INDEX ix_catalogue_audit_time ON catalogue_audit (occurred_at_ms, audit_id);

-- The six product families are reference data every database needs, demo catalogue or not.
INSERT INTO categories (category_key, name, description, sort_order)
SELECT f.category_key, f.name, f.description, f.sort_order FROM (
  SELECT 'classic' AS category_key, 'Classic' AS name, 'The iconic compact mini backpack in 420D-600D nylon or polyester for urban retail and promotional gifting.' AS description, 1 AS sort_order
  UNION ALL
  SELECT 'hike-daypack', 'Hike Daypack', 'Lightweight ripstop daypacks with padded backs and water-resistant coatings for outdoor, resort and eco-tourism retail.', 2
  UNION ALL
  SELECT 'leather', 'Leather', 'Full-grain, top-grain, genuine and PU leather minis for fashion boutiques and executive gifting, with lower MOQs.', 3
  UNION ALL
  SELECT 'eco', 'Eco', 'Minis made from recycled PET, organic cotton canvas or plant-based leather, backed by GRS, GOTS or OEKO-TEX claims.', 4
  UNION ALL
  SELECT 'kids', 'Kids', 'Light, soft minis for schools and toy retail with reflective details, no-choke pulls and child-safety certification.', 5
  UNION ALL
  SELECT 'tactical', 'Tactical', 'Heavy-duty 500D-1000D high-tenacity nylon packs with MOLLE webbing for security agencies and outdoor retail.', 6
) f
WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.category_key = f.category_key);
