-- Shipments. An order goes in one or more shipments (order_shipments), each with the quantities of the lines it carries
-- (order_shipment_lines) packed as the catalogue packed them on the day it was booked. A shipment is booked, departed, arrived
-- and delivered, or cancelled while booked; the order becomes partially_shipped or shipped as its goods depart and delivered
-- when every shipment is. Each step is a history entry (history.shipment says which) announced as order.shipment_updated.
-- Order lines keep the HS code and origin they were sold under, for the trade documents; lines placed before this take their
-- product's. Statuses and steps outgrew their columns: partially_shipped is 17 characters, inspection_report_uploaded 26.
ALTER TABLE orders DROP CONSTRAINT ck_orders_status;
ALTER TABLE orders ALTER COLUMN status NVARCHAR(24) NOT NULL;
ALTER TABLE orders ADD CONSTRAINT ck_orders_status
  CHECK (status IN ('awaiting_artwork', 'submitted', 'confirmed', 'in_production', 'ready_to_ship', 'partially_shipped', 'shipped',
                    'delivered', 'cancelled', 'rejected'));
ALTER TABLE order_status_history ALTER COLUMN from_status NVARCHAR(24) NULL;
ALTER TABLE order_status_history ALTER COLUMN to_status NVARCHAR(24) NOT NULL;

ALTER TABLE order_lines ADD
  hs_code         NVARCHAR(12)  NULL,
  origin_country  NCHAR(2)      NULL;
GO
UPDATE l SET l.hs_code = p.hs_code, l.origin_country = p.origin_country
FROM order_lines l JOIN products p ON p.product_id = l.product_id;

ALTER TABLE order_status_history DROP CONSTRAINT ck_order_status_history_step;
ALTER TABLE order_status_history ALTER COLUMN step NVARCHAR(32) NULL;
ALTER TABLE order_status_history ADD CONSTRAINT ck_order_status_history_step
  CHECK (step IN ('artwork_uploaded', 'proof_posted', 'proof_approved', 'changes_requested',
                  'sample_dispatched', 'sample_approved', 'sample_changes_requested', 'payment_recorded',
                  'inspection_recorded', 'inspection_report_uploaded', 'inspection_concession', 'inspection_rework',
                  'shipment_booked', 'shipment_departed', 'shipment_arrived', 'shipment_delivered', 'shipment_cancelled'));
ALTER TABLE order_status_history ADD
  shipment INT NULL CONSTRAINT ck_order_status_history_shipment CHECK (shipment > 0);

ALTER TABLE outbox_messages DROP CONSTRAINT ck_outbox_messages_event;
ALTER TABLE outbox_messages ADD CONSTRAINT ck_outbox_messages_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated',
                        'order.shipment_updated'));

ALTER TABLE webhook_deliveries DROP CONSTRAINT ck_webhook_deliveries_event;
ALTER TABLE webhook_deliveries ADD CONSTRAINT ck_webhook_deliveries_event
  CHECK (event_type IN ('order.placed', 'order.status_changed', 'order.design_updated', 'order.payment_recorded', 'order.inspection_updated',
                        'order.shipment_updated', 'webhook.ping'));

CREATE TABLE order_shipments (
  order_id            NVARCHAR(40)    NOT NULL CONSTRAINT fk_order_shipments_order REFERENCES orders (order_id),
  number              INT             NOT NULL CONSTRAINT ck_order_shipments_number CHECK (number > 0),
  status              NVARCHAR(16)    NOT NULL CONSTRAINT ck_order_shipments_status
                        CHECK (status IN ('booked', 'departed', 'arrived', 'delivered', 'cancelled')),
  mode                NVARCHAR(8)     NOT NULL CONSTRAINT ck_order_shipments_mode CHECK (mode IN ('sea-lcl', 'sea-fcl', 'air', 'courier')),
  carrier             NVARCHAR(100)   NOT NULL,
  document_number     NVARCHAR(40)    NULL,
  containers_json     NVARCHAR(4000)  NULL,
  vessel              NVARCHAR(100)   NULL,
  voyage              NVARCHAR(20)    NULL,
  port_of_loading     NCHAR(5)        NOT NULL,
  port_of_discharge   NCHAR(5)        NOT NULL,
  etd                 NCHAR(10)       NOT NULL,
  eta                 NCHAR(10)       NOT NULL,
  departed_on         NCHAR(10)       NULL,
  arrived_on          NCHAR(10)       NULL,
  delivered_on        NCHAR(10)       NULL,
  cancelled_on        NCHAR(10)       NULL,
  note                NVARCHAR(500)   NULL,
  cartons             INT             NOT NULL CONSTRAINT ck_order_shipments_cartons CHECK (cartons > 0),
  net_grams           BIGINT          NOT NULL CONSTRAINT ck_order_shipments_net CHECK (net_grams >= 0),
  gross_grams         BIGINT          NOT NULL CONSTRAINT ck_order_shipments_gross CHECK (gross_grams >= 0),
  volume_cm3          BIGINT          NOT NULL CONSTRAINT ck_order_shipments_volume CHECK (volume_cm3 >= 0),
  goods_minor         BIGINT          NOT NULL CONSTRAINT ck_order_shipments_goods CHECK (goods_minor >= 0),
  booked_at_ms        BIGINT          NOT NULL,
  updated_at_ms       BIGINT          NOT NULL,
  CONSTRAINT pk_order_shipments PRIMARY KEY (order_id, number)
);

CREATE TABLE order_shipment_lines (
  order_id     NVARCHAR(40)  NOT NULL,
  number       INT           NOT NULL,
  line_number  INT           NOT NULL,
  quantity     INT           NOT NULL CONSTRAINT ck_order_shipment_lines_quantity CHECK (quantity > 0),
  cartons      INT           NOT NULL CONSTRAINT ck_order_shipment_lines_cartons CHECK (cartons > 0),
  net_grams    BIGINT        NOT NULL CONSTRAINT ck_order_shipment_lines_net CHECK (net_grams >= 0),
  gross_grams  BIGINT        NOT NULL CONSTRAINT ck_order_shipment_lines_gross CHECK (gross_grams >= 0),
  volume_cm3   BIGINT        NOT NULL CONSTRAINT ck_order_shipment_lines_volume CHECK (volume_cm3 >= 0),
  goods_minor  BIGINT        NOT NULL CONSTRAINT ck_order_shipment_lines_goods CHECK (goods_minor >= 0),
  CONSTRAINT pk_order_shipment_lines PRIMARY KEY (order_id, number, line_number),
  CONSTRAINT fk_order_shipment_lines_shipment FOREIGN KEY (order_id, number) REFERENCES order_shipments (order_id, number),
  CONSTRAINT fk_order_shipment_lines_line FOREIGN KEY (order_id, line_number) REFERENCES order_lines (order_id, line_number)
);
