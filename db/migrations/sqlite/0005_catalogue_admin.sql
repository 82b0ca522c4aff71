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
