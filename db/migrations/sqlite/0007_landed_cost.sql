-- Landed cost: all ten Incoterms 2020 rules with a named place, the shipping mode and the landed-cost breakdown an
-- order was placed with, and the reference data quotes are costed from (freight lanes, duty and import taxes,
-- cargo insurance). Money is stored in minor units of its currency; percentages in parts per million of the value.

-- SQLite cannot change a CHECK in place: each rule column is replaced by one whose CHECK knows all ten rules.
ALTER TABLE distributors ADD COLUMN default_incoterm_rule TEXT NOT NULL DEFAULT 'FOB'
  CHECK (default_incoterm_rule IN ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'));
UPDATE distributors SET default_incoterm_rule = default_incoterm;
ALTER TABLE distributors DROP COLUMN default_incoterm;
ALTER TABLE distributors RENAME COLUMN default_incoterm_rule TO default_incoterm;

ALTER TABLE orders ADD COLUMN incoterm_rule TEXT NOT NULL DEFAULT 'FOB'
  CHECK (incoterm_rule IN ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'));
UPDATE orders SET incoterm_rule = incoterm;
ALTER TABLE orders DROP COLUMN incoterm;
ALTER TABLE orders RENAME COLUMN incoterm_rule TO incoterm;

-- NULL for orders placed before named places: they keep the answer they were placed with.
ALTER TABLE orders ADD COLUMN incoterm_place TEXT NULL CHECK (length(incoterm_place) = 5);
ALTER TABLE orders ADD COLUMN shipping_mode TEXT NULL CHECK (shipping_mode IN ('sea-lcl', 'sea-fcl', 'air', 'courier'));
-- What the supplier invoices besides the goods (freight, insurance, export clearance; duty and taxes under DDP).
-- deposit_minor and balance_minor still split the goods subtotal; the payment split answered is over subtotal + charges.
ALTER TABLE orders ADD COLUMN charges_minor INTEGER NOT NULL DEFAULT 0 CHECK (charges_minor >= 0);
-- The shipment figures and landed-cost breakdown as answered at placement, so later rate changes never move it.
ALTER TABLE orders ADD COLUMN landed_cost_json TEXT NULL;

CREATE TABLE freight_lanes (
  lane_id             TEXT    NOT NULL PRIMARY KEY,
  origin              TEXT    NOT NULL CHECK (length(origin) = 5),
  destination         TEXT    NOT NULL CHECK (length(destination) = 5),
  mode                TEXT    NOT NULL CHECK (mode IN ('sea-lcl', 'sea-fcl', 'air', 'courier')),
  currency            TEXT    NOT NULL,
  rate_per_cbm_minor  INTEGER NULL CHECK (rate_per_cbm_minor > 0),
  rate_20gp_minor     INTEGER NULL CHECK (rate_20gp_minor > 0),
  rate_40gp_minor     INTEGER NULL CHECK (rate_40gp_minor > 0),
  rate_40hc_minor     INTEGER NULL CHECK (rate_40hc_minor > 0),
  rate_per_kg_minor   INTEGER NULL CHECK (rate_per_kg_minor > 0),
  minimum_minor       INTEGER NOT NULL CHECK (minimum_minor >= 0),
  origin_charges_minor INTEGER NOT NULL CHECK (origin_charges_minor >= 0),
  transit_days        INTEGER NOT NULL CHECK (transit_days BETWEEN 1 AND 120),
  valid_from          TEXT    NOT NULL,
  valid_to            TEXT    NOT NULL,
  firm                INTEGER NOT NULL CHECK (firm IN (0, 1)),
  source              TEXT    NOT NULL,
  version             INTEGER NOT NULL CHECK (version > 0),
  updated_at_ms       INTEGER NOT NULL,
  CHECK (valid_from <= valid_to)
);

CREATE INDEX ix_freight_lanes_route ON freight_lanes (origin, destination, mode);

CREATE TABLE duty_rates (
  country          TEXT    NOT NULL CHECK (length(country) = 2),
  hs_heading       TEXT    NOT NULL,
  duty_ppm         INTEGER NOT NULL CHECK (duty_ppm BETWEEN 0 AND 1000000),
  vat_name         TEXT    NOT NULL,
  vat_ppm          INTEGER NOT NULL CHECK (vat_ppm BETWEEN 0 AND 1000000),
  levies_json      TEXT    NOT NULL,
  valuation_basis  TEXT    NOT NULL CHECK (valuation_basis IN ('CIF', 'FOB')),
  as_of            TEXT    NOT NULL,
  source           TEXT    NOT NULL,
  version          INTEGER NOT NULL CHECK (version > 0),
  updated_at_ms    INTEGER NOT NULL,
  PRIMARY KEY (country, hs_heading)
);

-- One row: the cargo insurance the supplier buys under CIF and CIP (and carries under the D rules).
CREATE TABLE insurance_terms (
  terms_id               INTEGER NOT NULL PRIMARY KEY CHECK (terms_id = 1),
  rate_ppm               INTEGER NOT NULL CHECK (rate_ppm BETWEEN 1 AND 100000),
  cover_percent          INTEGER NOT NULL CHECK (cover_percent BETWEEN 100 AND 150),
  minimum_premium_minor  INTEGER NOT NULL CHECK (minimum_premium_minor >= 0),
  currency               TEXT    NOT NULL,
  as_of                  TEXT    NOT NULL,
  source                 TEXT    NOT NULL,
  version                INTEGER NOT NULL CHECK (version > 0),
  updated_at_ms          INTEGER NOT NULL
);
