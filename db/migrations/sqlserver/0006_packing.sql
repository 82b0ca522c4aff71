-- Packing data per SKU, for shipment figures: the master carton's outer size and gross weight, and how each unit is
-- packed inside it. NULL means not recorded yet; the three dimensions are recorded together or not at all.

ALTER TABLE variants ADD
  carton_length_cm INT NULL CONSTRAINT ck_variants_carton_length CHECK (carton_length_cm > 0),
  carton_width_cm INT NULL CONSTRAINT ck_variants_carton_width CHECK (carton_width_cm > 0),
  carton_height_cm INT NULL CONSTRAINT ck_variants_carton_height CHECK (carton_height_cm > 0),
  carton_gross_weight_g INT NULL CONSTRAINT ck_variants_carton_gross_weight CHECK (carton_gross_weight_g > 0),
  inner_pack NVARCHAR(16) NULL CONSTRAINT ck_variants_inner_pack CHECK (inner_pack IN ('polybag', 'inner-box', 'none'));
