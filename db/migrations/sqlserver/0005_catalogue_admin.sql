-- Catalogue administration: resource versions for If-Match, archived SKUs, the change feed storefronts sync
-- from, and the audit trail of who changed what.
--
-- A product's version counts changes to its own record (fields, specs, status, the SKUs it lists); a variant's
-- counts changes to its terms, status, price ladder and stock, including stock that orders reserve or ship.

ALTER TABLE products ADD
  version INT NOT NULL CONSTRAINT df_products_version DEFAULT 1,
  CONSTRAINT ck_products_version CHECK (version > 0);

ALTER TABLE variants ADD
  version INT NOT NULL CONSTRAINT df_variants_version DEFAULT 1,
  status NVARCHAR(16) NOT NULL CONSTRAINT df_variants_status DEFAULT 'active',
  CONSTRAINT ck_variants_version CHECK (version > 0),
  CONSTRAINT ck_variants_status CHECK (status IN ('active', 'archived'));

-- One row that every catalogue write updates first: it serialises catalogue writers, so change sequences
-- commit in the order they were issued and a feed reader can never skip one that commits late.
CREATE TABLE catalogue_sequence (
  singleton      INT    NOT NULL CONSTRAINT pk_catalogue_sequence PRIMARY KEY CONSTRAINT ck_catalogue_sequence_singleton CHECK (singleton = 1),
  last_sequence  BIGINT NOT NULL CONSTRAINT ck_catalogue_sequence_last CHECK (last_sequence >= 0)
);
INSERT INTO catalogue_sequence (singleton, last_sequence) VALUES (1, 0);

-- The change feed keeps one row per resource, at its latest change, so a storefront that syncs late reads each
-- changed resource once. 'removed' is a tombstone: the resource is no longer publicly visible.
CREATE TABLE catalogue_changes (
  resource_type  NVARCHAR(16) NOT NULL CONSTRAINT ck_catalogue_changes_type CHECK (resource_type IN ('product', 'variant', 'prices')),
  resource_id    NVARCHAR(64) NOT NULL,
  product_id     NVARCHAR(64) NOT NULL,
  sequence       BIGINT       NOT NULL,
  change         NVARCHAR(16) NOT NULL CONSTRAINT ck_catalogue_changes_change CHECK (change IN ('upserted', 'removed')),
  changed_at_ms  BIGINT       NOT NULL,
  CONSTRAINT pk_catalogue_changes PRIMARY KEY (resource_type, resource_id)
);
CREATE UNIQUE INDEX ux_catalogue_changes_sequence ON catalogue_changes (sequence);

CREATE TABLE catalogue_audit (
  audit_id        BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_catalogue_audit PRIMARY KEY,
  occurred_at_ms  BIGINT         NOT NULL,
  actor_key_id    NVARCHAR(64)   NOT NULL,
  actor_role      NVARCHAR(16)   NOT NULL,
  action          NVARCHAR(40)   NOT NULL,
  resource_type   NVARCHAR(16)   NOT NULL CONSTRAINT ck_catalogue_audit_type CHECK (resource_type IN ('product', 'variant', 'prices', 'stock')),
  resource_id     NVARCHAR(64)   NOT NULL,
  product_id      NVARCHAR(64)   NOT NULL,
  reason          NVARCHAR(500)  NULL,
  changes_json    NVARCHAR(MAX)  NOT NULL
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
