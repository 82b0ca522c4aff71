-- A sample ships in its own lead time, not the bulk production lead time: from stock at once, otherwise sewn from stock
-- colours in sample_lead_days (null: the default, 7 days).
ALTER TABLE variants ADD COLUMN sample_lead_days INTEGER NULL CHECK (sample_lead_days BETWEEN 1 AND 60);
