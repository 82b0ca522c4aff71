-- Customisation options (logo embroidery, screen print, heat transfer, debossing, woven labels, printed lining, hangtags,
-- packaging): what a buyer may add to a SKU, priced as a per-unit surcharge ladder plus a one-time setup fee per design.
-- Lists (placements, surcharge ladder, artwork formats, families, SKUs) are JSON arrays the API reads whole. Changes
-- to an option join the audit trail, so resource_type learns customization_option.
CREATE TABLE customization_options (
  option_id             NVARCHAR(64)   NOT NULL CONSTRAINT pk_customization_options PRIMARY KEY,
  method                NVARCHAR(20)   NOT NULL CONSTRAINT ck_customization_options_method CHECK (method IN ('embroidery', 'screen-print',
                          'heat-transfer', 'debossing', 'woven-label', 'printed-lining', 'custom-hangtag', 'custom-packaging')),
  name                  NVARCHAR(100)  NOT NULL,
  placements_json       NVARCHAR(MAX)  NOT NULL,
  max_colours           INT            NULL CONSTRAINT ck_customization_options_colours CHECK (max_colours > 0),
  max_stitch_count      INT            NULL CONSTRAINT ck_customization_options_stitches CHECK (max_stitch_count > 0),
  max_width_mm          INT            NULL CONSTRAINT ck_customization_options_width CHECK (max_width_mm > 0),
  max_height_mm         INT            NULL CONSTRAINT ck_customization_options_height CHECK (max_height_mm > 0),
  surcharges_json       NVARCHAR(MAX)  NOT NULL,
  setup_fee_cents       BIGINT         NOT NULL CONSTRAINT ck_customization_options_setup CHECK (setup_fee_cents >= 0),
  setup_fee_per         NVARCHAR(8)    NOT NULL CONSTRAINT ck_customization_options_setup_per CHECK (setup_fee_per IN ('design', 'colour')),
  moq_per_design        INT            NOT NULL CONSTRAINT ck_customization_options_moq CHECK (moq_per_design > 0),
  extra_lead_days       INT            NOT NULL CONSTRAINT ck_customization_options_lead CHECK (extra_lead_days BETWEEN 0 AND 120),
  artwork_formats_json  NVARCHAR(MAX)  NOT NULL,
  families_json         NVARCHAR(MAX)  NOT NULL,
  skus_json             NVARCHAR(MAX)  NOT NULL,
  version               INT            NOT NULL CONSTRAINT ck_customization_options_version CHECK (version > 0),
  updated_at_ms         BIGINT         NOT NULL
);

ALTER TABLE catalogue_audit DROP CONSTRAINT ck_catalogue_audit_type;
ALTER TABLE catalogue_audit ADD CONSTRAINT ck_catalogue_audit_type
  CHECK (resource_type IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option'));

-- A quote line holds the customisations it was priced with, so an order naming the quote must carry the same ones; an
-- order line keeps what it was priced with (surcharges in USD cents and the order currency), and the order its setup fees.
ALTER TABLE quote_lines ADD customizations_json NVARCHAR(MAX) NULL;
ALTER TABLE order_lines ADD customizations_json NVARCHAR(MAX) NULL;
ALTER TABLE orders ADD setup_fees_json NVARCHAR(MAX) NULL;
ALTER TABLE orders ADD customization_minor BIGINT NOT NULL CONSTRAINT df_orders_customization DEFAULT 0
  CONSTRAINT ck_orders_customization CHECK (customization_minor >= 0);
