-- Certificates as records, and what each destination requires. A certificate has a standard, a scope (a SKU, a product, or the
-- factory in a country of origin), its issuer and number, its validity, and its document (a link, an uploaded file, or both); recorded ones come from the
-- certificates admin, declared ones from a product's certifications list, where the catalogue owner names a standard it holds
-- without the certificate's particulars. Today's tags become declared product certificates valid from today, and
-- product_certifications becomes a view of the standards a product holds a valid certificate for (itself, one of its active SKUs,
-- or its factory), so the catalogue's certification filter counts valid certificates only. destination_requirements is seeded
-- with the programmes a customs broker checks and is admin-maintained.
CREATE TABLE certificates (
  certificate_id   NVARCHAR(36)   NOT NULL CONSTRAINT pk_certificates PRIMARY KEY,
  standard         NVARCHAR(40)   NOT NULL,
  scope            NVARCHAR(8)    NOT NULL CONSTRAINT ck_certificates_scope CHECK (scope IN ('sku', 'product', 'factory')),
  sku              NVARCHAR(32)   NULL CONSTRAINT fk_certificates_variant REFERENCES variants (sku),
  product_id       NVARCHAR(64)   NULL CONSTRAINT fk_certificates_product REFERENCES products (product_id),
  factory_name     NVARCHAR(100)  NULL,
  factory_country  NCHAR(2)       NULL,
  issuer           NVARCHAR(100)  NULL,
  number           NVARCHAR(60)   NULL,
  valid_from       NCHAR(10)      NOT NULL,
  valid_to         NCHAR(10)      NULL,
  document_url     NVARCHAR(500)  NULL,
  document_sha256  NCHAR(64)      NULL,
  document_format  NVARCHAR(8)    NULL,
  document_name    NVARCHAR(200)  NULL,
  document_bytes   BIGINT         NULL CONSTRAINT ck_certificates_bytes CHECK (document_bytes > 0),
  source           NVARCHAR(8)    NOT NULL CONSTRAINT ck_certificates_source CHECK (source IN ('recorded', 'declared')),
  version          INT            NOT NULL CONSTRAINT df_certificates_version DEFAULT 1,
  created_at_ms    BIGINT         NOT NULL,
  updated_at_ms    BIGINT         NOT NULL,
  CONSTRAINT ck_certificates_subject CHECK ((scope = 'sku' AND sku IS NOT NULL AND product_id IS NULL AND factory_country IS NULL)
      OR (scope = 'product' AND product_id IS NOT NULL AND sku IS NULL AND factory_country IS NULL)
      OR (scope = 'factory' AND factory_country IS NOT NULL AND sku IS NULL AND product_id IS NULL)),
  CONSTRAINT ck_certificates_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT ck_certificates_recorded CHECK (source = 'declared' OR (issuer IS NOT NULL AND number IS NOT NULL AND valid_to IS NOT NULL))
);
CREATE INDEX ix_certificates_product ON certificates (product_id, standard);
CREATE INDEX ix_certificates_sku ON certificates (sku, standard);
CREATE INDEX ix_certificates_standard ON certificates (standard, certificate_id);

INSERT INTO certificates (certificate_id, standard, scope, product_id, valid_from, source, created_at_ms, updated_at_ms)
SELECT 'crt_' + LOWER(REPLACE(CONVERT(NVARCHAR(36), NEWID()), '-', '')), certification, 'product', product_id,
       CONVERT(NCHAR(10), SYSUTCDATETIME(), 23), 'declared', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME()),
       DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())
FROM product_certifications;

DROP TABLE product_certifications;
GO
CREATE VIEW product_certifications AS
SELECT c.product_id, c.standard AS certification FROM certificates c
WHERE c.scope = 'product' AND c.valid_from <= CONVERT(NCHAR(10), SYSUTCDATETIME(), 23)
  AND (c.valid_to IS NULL OR c.valid_to >= CONVERT(NCHAR(10), SYSUTCDATETIME(), 23))
UNION
SELECT v.product_id, c.standard FROM certificates c JOIN variants v ON v.sku = c.sku
WHERE c.scope = 'sku' AND v.status = 'active' AND c.valid_from <= CONVERT(NCHAR(10), SYSUTCDATETIME(), 23)
  AND (c.valid_to IS NULL OR c.valid_to >= CONVERT(NCHAR(10), SYSUTCDATETIME(), 23))
UNION
SELECT p.product_id, c.standard FROM certificates c JOIN products p ON p.origin_country = c.factory_country
WHERE c.scope = 'factory' AND c.valid_from <= CONVERT(NCHAR(10), SYSUTCDATETIME(), 23)
  AND (c.valid_to IS NULL OR c.valid_to >= CONVERT(NCHAR(10), SYSUTCDATETIME(), 23));
GO
CREATE TABLE destination_requirements (
  requirement_id  NVARCHAR(40)   NOT NULL CONSTRAINT pk_destination_requirements PRIMARY KEY,
  country         NCHAR(2)       NOT NULL,
  standard        NVARCHAR(40)   NOT NULL,
  kind            NVARCHAR(24)   NOT NULL CONSTRAINT ck_destination_requirements_kind CHECK (kind IN ('product_certificate', 'shipment_certificate')),
  applies_to      NVARCHAR(8)    NOT NULL CONSTRAINT ck_destination_requirements_applies CHECK (applies_to IN ('all', 'kids')),
  name            NVARCHAR(100)  NOT NULL,
  authority       NVARCHAR(100)  NOT NULL,
  note            NVARCHAR(300)  NULL,
  version         INT            NOT NULL CONSTRAINT df_destination_requirements_version DEFAULT 1,
  updated_at_ms   BIGINT         NOT NULL
);
CREATE INDEX ix_destination_requirements_country ON destination_requirements (country, requirement_id);

INSERT INTO destination_requirements (requirement_id, country, standard, kind, applies_to, name, authority, note, updated_at_ms) VALUES
  ('KE-PVOC-SHIPMENT', 'KE', 'PVOC', 'shipment_certificate', 'all', 'PVoC Certificate of Conformity (CoC)', 'Kenya Bureau of Standards (KEBS)',
   'Issued for each shipment by a KEBS-appointed PVoC agent after inspection at origin, before the goods sail.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('NG-SONCAP-PRODUCT', 'NG', 'SONCAP', 'product_certificate', 'all', 'SONCAP Product Certificate', 'Standards Organisation of Nigeria (SON)',
   'Held for the product; each shipment then needs its own SONCAP Certificate.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('NG-SONCAP-SHIPMENT', 'NG', 'SONCAP', 'shipment_certificate', 'all', 'SONCAP Certificate (SC)', 'Standards Organisation of Nigeria (SON)',
   'Issued for each shipment against the product certificate, before the goods arrive.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('SA-SASO-PRODUCT', 'SA', 'SASO', 'product_certificate', 'all', 'SABER Product Certificate of Conformity',
   'Saudi Standards, Metrology and Quality Organization (SASO)', 'Registered on the SABER platform for the product.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('SA-SASO-SHIPMENT', 'SA', 'SASO', 'shipment_certificate', 'all', 'SABER Shipment Certificate', 'Saudi Standards, Metrology and Quality Organization (SASO)',
   'Issued on SABER for each shipment against the product certificate.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('EU-REACH', 'EU', 'REACH', 'product_certificate', 'all', 'REACH conformity (SVHC and Annex XVII restrictions)', 'European Chemicals Agency (ECHA)',
   'A test report showing the restricted substances are within their limits.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('EU-EN71-KIDS', 'EU', 'EN71', 'product_certificate', 'kids', 'EN 71 toy safety', 'EU Toy Safety Directive 2009/48/EC',
   'For a kids'' bag that is, or is sold as, a toy.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('GB-EN71-KIDS', 'GB', 'EN71', 'product_certificate', 'kids', 'BS EN 71 toy safety (UKCA)', 'UK Office for Product Safety and Standards',
   'For a kids'' bag that is, or is sold as, a toy.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('GB-REACH', 'GB', 'REACH', 'product_certificate', 'all', 'UK REACH conformity', 'Health and Safety Executive (HSE)',
   'A test report showing the restricted substances are within their limits.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME())),
  ('US-CPSIA-KIDS', 'US', 'CPSIA', 'product_certificate', 'kids', 'Children''s Product Certificate (CPSIA)', 'US Consumer Product Safety Commission (CPSC)',
   'From tests by a CPSC-accepted laboratory (lead, phthalates), with tracking labels on the product.', DATEDIFF_BIG(MILLISECOND, '1970-01-01', SYSUTCDATETIME()));

ALTER TABLE catalogue_audit DROP CONSTRAINT ck_catalogue_audit_type;
ALTER TABLE catalogue_audit ALTER COLUMN resource_type NVARCHAR(32) NOT NULL;
ALTER TABLE catalogue_audit ADD CONSTRAINT ck_catalogue_audit_type
  CHECK (resource_type IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option', 'price_list',
                           'certificate', 'destination_requirement'));
