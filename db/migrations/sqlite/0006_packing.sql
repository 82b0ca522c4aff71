-- Packing data per SKU, for shipment figures: the master carton's outer size and gross weight, and how each unit is
-- packed inside it. NULL means not recorded yet; the three dimensions are recorded together or not at all.

ALTER TABLE variants ADD COLUMN carton_length_cm INTEGER NULL CHECK (carton_length_cm > 0);
ALTER TABLE variants ADD COLUMN carton_width_cm INTEGER NULL CHECK (carton_width_cm > 0);
ALTER TABLE variants ADD COLUMN carton_height_cm INTEGER NULL CHECK (carton_height_cm > 0);
ALTER TABLE variants ADD COLUMN carton_gross_weight_g INTEGER NULL CHECK (carton_gross_weight_g > 0);
ALTER TABLE variants ADD COLUMN inner_pack TEXT NULL CHECK (inner_pack IN ('polybag', 'inner-box', 'none'));
