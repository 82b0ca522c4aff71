-- Storefront text in German, French, Brazilian Portuguese and Arabic. A record's English text stays in the record and is the fallback
-- for every language and field a translation leaves out.
--   product_translations: a product's name and description per language (either may be left to English).
--   catalogue_labels: what storefronts show for the closed vocabularies, one versioned record per key: each feature's and
--     certification's label, and each family's name and description, as JSON objects of language to text (English included).
--   customization_options.name_translations_json: an option's name per language, as a JSON object.
CREATE TABLE product_translations (
  product_id   TEXT NOT NULL REFERENCES products (product_id),
  language     TEXT NOT NULL CHECK (language IN ('de', 'fr', 'pt-BR', 'ar')),
  name         TEXT NULL,
  description  TEXT NULL,
  CHECK (name IS NOT NULL OR description IS NOT NULL),
  PRIMARY KEY (product_id, language)
);

CREATE TABLE catalogue_labels (
  kind              TEXT    NOT NULL CHECK (kind IN ('feature', 'certification', 'category')),
  label_key         TEXT    NOT NULL,
  label_json        TEXT    NOT NULL,
  description_json  TEXT    NULL,
  version           INTEGER NOT NULL CHECK (version > 0),
  updated_at_ms     INTEGER NOT NULL,
  PRIMARY KEY (kind, label_key)
);

ALTER TABLE customization_options ADD COLUMN name_translations_json TEXT NULL;

ALTER TABLE catalogue_audit ADD COLUMN resource_kind TEXT NOT NULL DEFAULT 'product'
  CHECK (resource_kind IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list',
                           'certificate', 'destination_requirement', 'product_image', 'label'));
UPDATE catalogue_audit SET resource_kind = resource_type;
ALTER TABLE catalogue_audit DROP COLUMN resource_type;
ALTER TABLE catalogue_audit RENAME COLUMN resource_kind TO resource_type;
