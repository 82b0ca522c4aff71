-- Trade documents. Each document an order has (its proforma invoice; each shipment's commercial invoice, packing list and
-- certificate-of-origin data sheet) is numbered the first time it is listed, by type and year (PI-2026-000001), and keeps
-- that number: the row is the register of numbers issued. shipment is 0 for a document of the whole order.
CREATE TABLE trade_documents (
  document_number  TEXT    NOT NULL PRIMARY KEY,
  document_type    TEXT    NOT NULL CHECK (document_type IN ('proforma_invoice', 'commercial_invoice', 'packing_list', 'certificate_of_origin')),
  order_id         TEXT    NOT NULL REFERENCES orders (order_id),
  shipment         INTEGER NOT NULL CHECK (shipment >= 0),
  year             INTEGER NOT NULL,
  sequence         INTEGER NOT NULL CHECK (sequence > 0),
  issued_at_ms     INTEGER NOT NULL,
  UNIQUE (document_type, year, sequence),
  UNIQUE (order_id, document_type, shipment)
);
