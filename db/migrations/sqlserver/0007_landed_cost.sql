-- Landed cost: all ten Incoterms 2020 rules with a named place, the shipping mode and the landed-cost breakdown an
-- order was placed with, and the reference data quotes are costed from (freight lanes, duty and import taxes,
-- cargo insurance). Money is stored in minor units of its currency; percentages in parts per million of the value.

ALTER TABLE distributors DROP CONSTRAINT ck_distributors_incoterm;
ALTER TABLE distributors ADD CONSTRAINT ck_distributors_incoterm
  CHECK (default_incoterm IN ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'));

ALTER TABLE orders DROP CONSTRAINT ck_orders_incoterm;
ALTER TABLE orders ADD CONSTRAINT ck_orders_incoterm
  CHECK (incoterm IN ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'));

-- NULL for orders placed before named places. deposit_minor and balance_minor still split the goods subtotal; the
-- payment split answered is over subtotal + charges (what the supplier invoices besides the goods).
ALTER TABLE orders ADD
  incoterm_place NCHAR(5) NULL,
  shipping_mode NVARCHAR(8) NULL CONSTRAINT ck_orders_shipping_mode CHECK (shipping_mode IN ('sea-lcl', 'sea-fcl', 'air', 'courier')),
  charges_minor BIGINT NOT NULL CONSTRAINT df_orders_charges DEFAULT 0 CONSTRAINT ck_orders_charges CHECK (charges_minor >= 0),
  landed_cost_json NVARCHAR(MAX) NULL;

CREATE TABLE freight_lanes (
  lane_id              NVARCHAR(64)   NOT NULL CONSTRAINT pk_freight_lanes PRIMARY KEY,
  origin               NCHAR(5)       NOT NULL,
  destination          NCHAR(5)       NOT NULL,
  mode                 NVARCHAR(8)    NOT NULL CONSTRAINT ck_freight_lanes_mode CHECK (mode IN ('sea-lcl', 'sea-fcl', 'air', 'courier')),
  currency             NCHAR(3)       NOT NULL,
  rate_per_cbm_minor   BIGINT         NULL CONSTRAINT ck_freight_lanes_cbm CHECK (rate_per_cbm_minor > 0),
  rate_20gp_minor      BIGINT         NULL CONSTRAINT ck_freight_lanes_20gp CHECK (rate_20gp_minor > 0),
  rate_40gp_minor      BIGINT         NULL CONSTRAINT ck_freight_lanes_40gp CHECK (rate_40gp_minor > 0),
  rate_40hc_minor      BIGINT         NULL CONSTRAINT ck_freight_lanes_40hc CHECK (rate_40hc_minor > 0),
  rate_per_kg_minor    BIGINT         NULL CONSTRAINT ck_freight_lanes_kg CHECK (rate_per_kg_minor > 0),
  minimum_minor        BIGINT         NOT NULL CONSTRAINT ck_freight_lanes_minimum CHECK (minimum_minor >= 0),
  origin_charges_minor BIGINT         NOT NULL CONSTRAINT ck_freight_lanes_origin_charges CHECK (origin_charges_minor >= 0),
  transit_days         INT            NOT NULL CONSTRAINT ck_freight_lanes_transit CHECK (transit_days BETWEEN 1 AND 120),
  valid_from           NCHAR(10)      NOT NULL,
  valid_to             NCHAR(10)      NOT NULL,
  firm                 BIT            NOT NULL,
  source               NVARCHAR(300)  NOT NULL,
  version              INT            NOT NULL CONSTRAINT ck_freight_lanes_version CHECK (version > 0),
  updated_at_ms        BIGINT         NOT NULL,
  CONSTRAINT ck_freight_lanes_validity CHECK (valid_from <= valid_to)
);

CREATE INDEX ix_freight_lanes_route ON freight_lanes (origin, destination, mode);

CREATE TABLE duty_rates (
  country          NCHAR(2)       NOT NULL,
  hs_heading       NVARCHAR(10)   NOT NULL,
  duty_ppm         INT            NOT NULL CONSTRAINT ck_duty_rates_duty CHECK (duty_ppm BETWEEN 0 AND 1000000),
  vat_name         NVARCHAR(40)   NOT NULL,
  vat_ppm          INT            NOT NULL CONSTRAINT ck_duty_rates_vat CHECK (vat_ppm BETWEEN 0 AND 1000000),
  levies_json      NVARCHAR(MAX)  NOT NULL,
  valuation_basis  NCHAR(3)       NOT NULL CONSTRAINT ck_duty_rates_basis CHECK (valuation_basis IN ('CIF', 'FOB')),
  as_of            NCHAR(10)      NOT NULL,
  source           NVARCHAR(300)  NOT NULL,
  version          INT            NOT NULL CONSTRAINT ck_duty_rates_version CHECK (version > 0),
  updated_at_ms    BIGINT         NOT NULL,
  CONSTRAINT pk_duty_rates PRIMARY KEY (country, hs_heading)
);

-- One row: the cargo insurance the supplier buys under CIF and CIP (and carries under the D rules).
CREATE TABLE insurance_terms (
  terms_id               INT            NOT NULL CONSTRAINT pk_insurance_terms PRIMARY KEY CONSTRAINT ck_insurance_terms_single CHECK (terms_id = 1),
  rate_ppm               INT            NOT NULL CONSTRAINT ck_insurance_terms_rate CHECK (rate_ppm BETWEEN 1 AND 100000),
  cover_percent          INT            NOT NULL CONSTRAINT ck_insurance_terms_cover CHECK (cover_percent BETWEEN 100 AND 150),
  minimum_premium_minor  BIGINT         NOT NULL CONSTRAINT ck_insurance_terms_minimum CHECK (minimum_premium_minor >= 0),
  currency               NCHAR(3)       NOT NULL,
  as_of                  NCHAR(10)      NOT NULL,
  source                 NVARCHAR(300)  NOT NULL,
  version                INT            NOT NULL CONSTRAINT ck_insurance_terms_version CHECK (version > 0),
  updated_at_ms          BIGINT         NOT NULL
);
