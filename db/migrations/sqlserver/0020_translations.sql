-- Storefront text in German, French, Brazilian Portuguese and Arabic, as in the SQLite migration of the same number: product names
-- and descriptions per language, the labels of the closed vocabularies, and customisation option names per language.
CREATE TABLE product_translations (
  product_id   NVARCHAR(64)   NOT NULL CONSTRAINT fk_product_translations_product REFERENCES products (product_id),
  language     NVARCHAR(8)    NOT NULL CONSTRAINT ck_product_translations_language CHECK (language IN ('de', 'fr', 'pt-BR', 'ar')),
  name         NVARCHAR(200)  NULL,
  description  NVARCHAR(4000) NULL,
  CONSTRAINT ck_product_translations_text CHECK (name IS NOT NULL OR description IS NOT NULL),
  CONSTRAINT pk_product_translations PRIMARY KEY (product_id, language)
);

CREATE TABLE catalogue_labels (
  kind              NVARCHAR(16)   NOT NULL CONSTRAINT ck_catalogue_labels_kind CHECK (kind IN ('feature', 'certification', 'category')),
  label_key         NVARCHAR(64)   NOT NULL,
  label_json        NVARCHAR(MAX)  NOT NULL,
  description_json  NVARCHAR(MAX)  NULL,
  version           INT            NOT NULL CONSTRAINT ck_catalogue_labels_version CHECK (version > 0),
  updated_at_ms     BIGINT         NOT NULL,
  CONSTRAINT pk_catalogue_labels PRIMARY KEY (kind, label_key)
);

ALTER TABLE customization_options ADD name_translations_json NVARCHAR(MAX) NULL;

ALTER TABLE catalogue_audit DROP CONSTRAINT ck_catalogue_audit_type;
ALTER TABLE catalogue_audit ADD CONSTRAINT ck_catalogue_audit_type
  CHECK (resource_type IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list',
                           'certificate', 'destination_requirement', 'product_image', 'label'));
