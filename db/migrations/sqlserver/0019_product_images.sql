-- Product and colourway images, as in the SQLite migration of the same number: the images with their renditions, and every image
-- file the store keeps, which GET /v1/images/{name} serves and nothing else.
CREATE TABLE product_images (
  image_id        NVARCHAR(36)   NOT NULL CONSTRAINT pk_product_images PRIMARY KEY,
  product_id      NVARCHAR(64)   NOT NULL CONSTRAINT fk_product_images_product REFERENCES products (product_id),
  sku             NVARCHAR(32)   NULL CONSTRAINT fk_product_images_variant REFERENCES variants (sku),
  position        INT            NOT NULL CONSTRAINT ck_product_images_position CHECK (position BETWEEN 1 AND 1000),
  alt_text_json   NVARCHAR(MAX)  NOT NULL,
  file_name       NVARCHAR(200)  NULL,
  renditions_json NVARCHAR(MAX)  NOT NULL,
  version         INT            NOT NULL CONSTRAINT df_product_images_version DEFAULT 1 CONSTRAINT ck_product_images_version CHECK (version > 0),
  created_at_ms   BIGINT         NOT NULL,
  updated_at_ms   BIGINT         NOT NULL
);
CREATE INDEX ix_product_images_product ON product_images (product_id, position, created_at_ms);

CREATE TABLE image_files (
  sha256        NCHAR(64)    NOT NULL CONSTRAINT pk_image_files PRIMARY KEY,
  format        NVARCHAR(8)  NOT NULL CONSTRAINT ck_image_files_format CHECK (format IN ('jpeg', 'png', 'webp')),
  bytes         BIGINT       NOT NULL CONSTRAINT ck_image_files_bytes CHECK (bytes > 0),
  created_at_ms BIGINT       NOT NULL
);

ALTER TABLE catalogue_audit DROP CONSTRAINT ck_catalogue_audit_type;
ALTER TABLE catalogue_audit ADD CONSTRAINT ck_catalogue_audit_type
  CHECK (resource_type IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list',
                           'certificate', 'destination_requirement', 'product_image'));
