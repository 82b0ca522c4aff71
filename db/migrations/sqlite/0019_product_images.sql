-- Product and colourway images. Each upload is decoded, and kept with its renditions (200 and 800 px, in WebP and JPEG) in the file
-- store under the SHA-256 of their bytes. image_files lists every image file kept, so GET /v1/images/{name} serves those and nothing
-- else from the store (which also holds private artwork). A file stays listed after its image is removed: its URL is immutable and
-- storefront caches may still hold pages that link to it.
CREATE TABLE product_images (
  image_id        TEXT    NOT NULL PRIMARY KEY,
  product_id      TEXT    NOT NULL REFERENCES products (product_id),
  sku             TEXT    NULL REFERENCES variants (sku),
  position        INTEGER NOT NULL CHECK (position BETWEEN 1 AND 1000),
  alt_text_json   TEXT    NOT NULL,
  file_name       TEXT    NULL,
  renditions_json TEXT    NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at_ms   INTEGER NOT NULL,
  updated_at_ms   INTEGER NOT NULL
);
CREATE INDEX ix_product_images_product ON product_images (product_id, position, created_at_ms);

CREATE TABLE image_files (
  sha256        TEXT    NOT NULL PRIMARY KEY,
  format        TEXT    NOT NULL CHECK (format IN ('jpeg', 'png', 'webp')),
  bytes         INTEGER NOT NULL CHECK (bytes > 0),
  created_at_ms INTEGER NOT NULL
);

ALTER TABLE catalogue_audit ADD COLUMN resource_kind TEXT NOT NULL DEFAULT 'product'
  CHECK (resource_kind IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list',
                           'certificate', 'destination_requirement', 'product_image'));
UPDATE catalogue_audit SET resource_kind = resource_type;
ALTER TABLE catalogue_audit DROP COLUMN resource_type;
ALTER TABLE catalogue_audit RENAME COLUMN resource_kind TO resource_type;
