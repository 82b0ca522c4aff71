-- Certificates as records, and what each destination requires. A certificate has a standard, a scope (a SKU, a product, or the
-- factory in a country of origin), its issuer and number, its validity, and its document (a link, an uploaded file, or both); recorded ones come from the
-- certificates admin, declared ones from a product's certifications list, where the catalogue owner names a standard it holds
-- without the certificate's particulars. Today's tags become declared product certificates valid from today, and
-- product_certifications becomes a view of the standards a product holds a valid certificate for (itself, one of its active SKUs,
-- or its factory), so the catalogue's certification filter counts valid certificates only. destination_requirements is seeded
-- with the programmes a customs broker checks and is admin-maintained.
CREATE TABLE certificates (
  certificate_id   TEXT    NOT NULL PRIMARY KEY,
  standard         TEXT    NOT NULL,
  scope            TEXT    NOT NULL CHECK (scope IN ('sku', 'product', 'factory')),
  sku              TEXT    NULL REFERENCES variants (sku),
  product_id       TEXT    NULL REFERENCES products (product_id),
  factory_name     TEXT    NULL,
  factory_country  TEXT    NULL,
  issuer           TEXT    NULL,
  number           TEXT    NULL,
  valid_from       TEXT    NOT NULL,
  valid_to         TEXT    NULL,
  document_url     TEXT    NULL,
  document_sha256  TEXT    NULL,
  document_format  TEXT    NULL,
  document_name    TEXT    NULL,
  document_bytes   INTEGER NULL CHECK (document_bytes > 0),
  source           TEXT    NOT NULL CHECK (source IN ('recorded', 'declared')),
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at_ms    INTEGER NOT NULL,
  updated_at_ms    INTEGER NOT NULL,
  CHECK ((scope = 'sku' AND sku IS NOT NULL AND product_id IS NULL AND factory_country IS NULL)
      OR (scope = 'product' AND product_id IS NOT NULL AND sku IS NULL AND factory_country IS NULL)
      OR (scope = 'factory' AND factory_country IS NOT NULL AND sku IS NULL AND product_id IS NULL)),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (source = 'declared' OR (issuer IS NOT NULL AND number IS NOT NULL AND valid_to IS NOT NULL))
);
CREATE INDEX ix_certificates_product ON certificates (product_id, standard);
CREATE INDEX ix_certificates_sku ON certificates (sku, standard);
CREATE INDEX ix_certificates_standard ON certificates (standard, certificate_id);

INSERT INTO certificates (certificate_id, standard, scope, product_id, valid_from, source, created_at_ms, updated_at_ms)
SELECT 'crt_' || lower(hex(randomblob(16))), certification, 'product', product_id, date('now'), 'declared',
       CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM product_certifications;

DROP TABLE product_certifications;

CREATE VIEW product_certifications AS
SELECT c.product_id, c.standard AS certification FROM certificates c
WHERE c.scope = 'product' AND c.valid_from <= date('now') AND (c.valid_to IS NULL OR c.valid_to >= date('now'))
UNION
SELECT v.product_id, c.standard FROM certificates c JOIN variants v ON v.sku = c.sku
WHERE c.scope = 'sku' AND v.status = 'active' AND c.valid_from <= date('now') AND (c.valid_to IS NULL OR c.valid_to >= date('now'))
UNION
SELECT p.product_id, c.standard FROM certificates c JOIN products p ON p.origin_country = c.factory_country
WHERE c.scope = 'factory' AND c.valid_from <= date('now') AND (c.valid_to IS NULL OR c.valid_to >= date('now'));

CREATE TABLE destination_requirements (
  requirement_id  TEXT    NOT NULL PRIMARY KEY,
  country         TEXT    NOT NULL,
  standard        TEXT    NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('product_certificate', 'shipment_certificate')),
  applies_to      TEXT    NOT NULL CHECK (applies_to IN ('all', 'kids')),
  name            TEXT    NOT NULL,
  authority       TEXT    NOT NULL,
  note            TEXT    NULL,
  version         INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
  updated_at_ms   INTEGER NOT NULL
);
CREATE INDEX ix_destination_requirements_country ON destination_requirements (country, requirement_id);

INSERT INTO destination_requirements (requirement_id, country, standard, kind, applies_to, name, authority, note, updated_at_ms) VALUES
  ('KE-PVOC-SHIPMENT', 'KE', 'PVOC', 'shipment_certificate', 'all', 'PVoC Certificate of Conformity (CoC)', 'Kenya Bureau of Standards (KEBS)',
   'Issued for each shipment by a KEBS-appointed PVoC agent after inspection at origin, before the goods sail.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('NG-SONCAP-PRODUCT', 'NG', 'SONCAP', 'product_certificate', 'all', 'SONCAP Product Certificate', 'Standards Organisation of Nigeria (SON)',
   'Held for the product; each shipment then needs its own SONCAP Certificate.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('NG-SONCAP-SHIPMENT', 'NG', 'SONCAP', 'shipment_certificate', 'all', 'SONCAP Certificate (SC)', 'Standards Organisation of Nigeria (SON)',
   'Issued for each shipment against the product certificate, before the goods arrive.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('SA-SASO-PRODUCT', 'SA', 'SASO', 'product_certificate', 'all', 'SABER Product Certificate of Conformity',
   'Saudi Standards, Metrology and Quality Organization (SASO)', 'Registered on the SABER platform for the product.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('SA-SASO-SHIPMENT', 'SA', 'SASO', 'shipment_certificate', 'all', 'SABER Shipment Certificate', 'Saudi Standards, Metrology and Quality Organization (SASO)',
   'Issued on SABER for each shipment against the product certificate.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('EU-REACH', 'EU', 'REACH', 'product_certificate', 'all', 'REACH conformity (SVHC and Annex XVII restrictions)', 'European Chemicals Agency (ECHA)',
   'A test report showing the restricted substances are within their limits.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('EU-EN71-KIDS', 'EU', 'EN71', 'product_certificate', 'kids', 'EN 71 toy safety', 'EU Toy Safety Directive 2009/48/EC',
   'For a kids'' bag that is, or is sold as, a toy.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('GB-EN71-KIDS', 'GB', 'EN71', 'product_certificate', 'kids', 'BS EN 71 toy safety (UKCA)', 'UK Office for Product Safety and Standards',
   'For a kids'' bag that is, or is sold as, a toy.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('GB-REACH', 'GB', 'REACH', 'product_certificate', 'all', 'UK REACH conformity', 'Health and Safety Executive (HSE)',
   'A test report showing the restricted substances are within their limits.', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
  ('US-CPSIA-KIDS', 'US', 'CPSIA', 'product_certificate', 'kids', 'Children''s Product Certificate (CPSIA)', 'US Consumer Product Safety Commission (CPSC)',
   'From tests by a CPSC-accepted laboratory (lead, phthalates), with tracking labels on the product.', CAST(strftime('%s', 'now') AS INTEGER) * 1000);

ALTER TABLE catalogue_audit ADD COLUMN resource_kind TEXT NOT NULL DEFAULT 'product'
  CHECK (resource_kind IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list',
                           'certificate', 'destination_requirement'));
UPDATE catalogue_audit SET resource_kind = resource_type;
ALTER TABLE catalogue_audit DROP COLUMN resource_type;
ALTER TABLE catalogue_audit RENAME COLUMN resource_kind TO resource_type;
