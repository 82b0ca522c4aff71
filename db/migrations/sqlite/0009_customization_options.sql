-- Customisation options (logo embroidery, screen print, heat transfer, debossing, woven labels, printed lining, hangtags,
-- packaging): what a buyer may add to a SKU, priced as a per-unit surcharge ladder plus a one-time setup fee per design.
-- Lists (placements, surcharge ladder, artwork formats, families, SKUs) are JSON arrays the API reads whole. Changes
-- to an option join the audit trail, so resource_type learns customization_option (by a column copy, as in 0008).
CREATE TABLE customization_options (
  option_id             TEXT    NOT NULL PRIMARY KEY,
  method                TEXT    NOT NULL CHECK (method IN ('embroidery', 'screen-print', 'heat-transfer', 'debossing', 'woven-label',
                                                           'printed-lining', 'custom-hangtag', 'custom-packaging')),
  name                  TEXT    NOT NULL,
  placements_json       TEXT    NOT NULL,
  max_colours           INTEGER NULL CHECK (max_colours > 0),
  max_stitch_count      INTEGER NULL CHECK (max_stitch_count > 0),
  max_width_mm          INTEGER NULL CHECK (max_width_mm > 0),
  max_height_mm         INTEGER NULL CHECK (max_height_mm > 0),
  surcharges_json       TEXT    NOT NULL,
  setup_fee_cents       INTEGER NOT NULL CHECK (setup_fee_cents >= 0),
  setup_fee_per         TEXT    NOT NULL CHECK (setup_fee_per IN ('design', 'colour')),
  moq_per_design        INTEGER NOT NULL CHECK (moq_per_design > 0),
  extra_lead_days       INTEGER NOT NULL CHECK (extra_lead_days BETWEEN 0 AND 120),
  artwork_formats_json  TEXT    NOT NULL,
  families_json         TEXT    NOT NULL,
  skus_json             TEXT    NOT NULL,
  version               INTEGER NOT NULL CHECK (version > 0),
  updated_at_ms         INTEGER NOT NULL
);

ALTER TABLE catalogue_audit ADD COLUMN resource_kind TEXT NOT NULL DEFAULT 'product'
  CHECK (resource_kind IN ('product', 'variant', 'prices', 'stock', 'freight_lane', 'duty_rate', 'insurance', 'customization_option'));
UPDATE catalogue_audit SET resource_kind = resource_type;
ALTER TABLE catalogue_audit DROP COLUMN resource_type;
ALTER TABLE catalogue_audit RENAME COLUMN resource_kind TO resource_type;

-- A quote line holds the customisations it was priced with, so an order naming the quote must carry the same ones; an
-- order line keeps what it was priced with (surcharges in USD cents and the order currency), and the order its setup fees.
ALTER TABLE quote_lines ADD COLUMN customizations_json TEXT NULL;
ALTER TABLE order_lines ADD COLUMN customizations_json TEXT NULL;
ALTER TABLE orders ADD COLUMN setup_fees_json TEXT NULL;
ALTER TABLE orders ADD COLUMN customization_minor INTEGER NOT NULL DEFAULT 0 CHECK (customization_minor >= 0);
