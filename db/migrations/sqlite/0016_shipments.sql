-- Shipments. An order goes in one or more shipments (order_shipments), each with the quantities of the lines it carries
-- (order_shipment_lines) packed as the catalogue packed them on the day it was booked. A shipment is booked, departed, arrived
-- and delivered, or cancelled while booked; the order becomes partially_shipped or shipped as its goods depart and delivered
-- when every shipment is. Each step is a history entry (history.shipment says which) announced as order.shipment_updated.
-- Order lines keep the HS code and origin they were sold under, for the trade documents; lines placed before this take their
-- product's. CHECKs widen by a column copy, as in 0010.
ALTER TABLE orders ADD COLUMN status_of TEXT NOT NULL DEFAULT 'submitted'
  CHECK (status_of IN ('awaiting_artwork', 'submitted', 'confirmed', 'in_production', 'ready_to_ship', 'partially_shipped', 'shipped',
                       'delivered', 'cancelled', 'rejected'));
UPDATE orders SET status_of = status;
ALTER TABLE orders DROP COLUMN status;
ALTER TABLE orders RENAME COLUMN status_of TO status;

ALTER TABLE order_lines ADD COLUMN hs_code TEXT NULL;
ALTER TABLE order_lines ADD COLUMN origin_country TEXT NULL;
UPDATE order_lines SET
  hs_code = (SELECT p.hs_code FROM products p WHERE p.product_id = order_lines.product_id),
  origin_country = (SELECT p.origin_country FROM products p WHERE p.product_id = order_lines.product_id);

ALTER TABLE order_status_history ADD COLUMN step_of TEXT NULL
  CHECK (step_of IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                     'sample_dispatched', 'sample_approved', 'sample_changes_requested', 'payment_recorded',
                     'inspection_recorded', 'inspection_report_uploaded', 'inspection_concession', 'inspection_rework',
                     'shipment_booked', 'shipment_departed', 'shipment_arrived', 'shipment_delivered', 'shipment_cancelled'));
UPDATE order_status_history SET step_of = step;
ALTER TABLE order_status_history DROP COLUMN step;
ALTER TABLE order_status_history RENAME COLUMN step_of TO step;
ALTER TABLE order_status_history ADD COLUMN shipment INTEGER NULL CHECK (shipment > 0);

ALTER TABLE outbox_messages ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated',
                      'order.shipment_updated'));
UPDATE outbox_messages SET event_of = event_type;
ALTER TABLE outbox_messages DROP COLUMN event_type;
ALTER TABLE outbox_messages RENAME COLUMN event_of TO event_type;

ALTER TABLE webhook_deliveries ADD COLUMN event_of TEXT NOT NULL DEFAULT 'order.placed'
  CHECK (event_of IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated',
                      'order.shipment_updated', 'webhook.ping'));
UPDATE webhook_deliveries SET event_of = event_type;
ALTER TABLE webhook_deliveries DROP COLUMN event_type;
ALTER TABLE webhook_deliveries RENAME COLUMN event_of TO event_type;

CREATE TABLE order_shipments (
  order_id            TEXT    NOT NULL REFERENCES orders (order_id),
  number              INTEGER NOT NULL CHECK (number > 0),
  status              TEXT    NOT NULL CHECK (status IN ('booked', 'departed', 'arrived', 'delivered', 'cancelled')),
  mode                TEXT    NOT NULL CHECK (mode IN ('sea-lcl', 'sea-fcl', 'air', 'courier')),
  carrier             TEXT    NOT NULL,
  document_number     TEXT    NULL,
  containers_json     TEXT    NULL,
  vessel              TEXT    NULL,
  voyage              TEXT    NULL,
  port_of_loading     TEXT    NOT NULL,
  port_of_discharge   TEXT    NOT NULL,
  etd                 TEXT    NOT NULL,
  eta                 TEXT    NOT NULL,
  departed_on         TEXT    NULL,
  arrived_on          TEXT    NULL,
  delivered_on        TEXT    NULL,
  cancelled_on        TEXT    NULL,
  note                TEXT    NULL,
  cartons             INTEGER NOT NULL CHECK (cartons > 0),
  net_grams           INTEGER NOT NULL CHECK (net_grams >= 0),
  gross_grams         INTEGER NOT NULL CHECK (gross_grams >= 0),
  volume_cm3          INTEGER NOT NULL CHECK (volume_cm3 >= 0),
  goods_minor         INTEGER NOT NULL CHECK (goods_minor >= 0),
  booked_at_ms        INTEGER NOT NULL,
  updated_at_ms       INTEGER NOT NULL,
  PRIMARY KEY (order_id, number)
);

CREATE TABLE order_shipment_lines (
  order_id     TEXT    NOT NULL,
  number       INTEGER NOT NULL,
  line_number  INTEGER NOT NULL,
  quantity     INTEGER NOT NULL CHECK (quantity > 0),
  cartons      INTEGER NOT NULL CHECK (cartons > 0),
  net_grams    INTEGER NOT NULL CHECK (net_grams >= 0),
  gross_grams  INTEGER NOT NULL CHECK (gross_grams >= 0),
  volume_cm3   INTEGER NOT NULL CHECK (volume_cm3 >= 0),
  goods_minor  INTEGER NOT NULL CHECK (goods_minor >= 0),
  PRIMARY KEY (order_id, number, line_number),
  FOREIGN KEY (order_id, number) REFERENCES order_shipments (order_id, number),
  FOREIGN KEY (order_id, line_number) REFERENCES order_lines (order_id, line_number)
);
