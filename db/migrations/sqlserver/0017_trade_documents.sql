-- Trade documents. Each document an order has (its proforma invoice; each shipment's commercial invoice, packing list and
-- certificate-of-origin data sheet) is numbered the first time it is listed, by type and year (PI-2026-000001), and keeps
-- that number: the row is the register of numbers issued. shipment is 0 for a document of the whole order.
CREATE TABLE trade_documents (
  document_number  NVARCHAR(20)  NOT NULL CONSTRAINT pk_trade_documents PRIMARY KEY,
  document_type    NVARCHAR(24)  NOT NULL CONSTRAINT ck_trade_documents_type
                     CHECK (document_type IN ('proforma_invoice', 'commercial_invoice', 'packing_list', 'certificate_of_origin')),
  order_id         NVARCHAR(40)  NOT NULL CONSTRAINT fk_trade_documents_order REFERENCES orders (order_id),
  shipment         INT           NOT NULL CONSTRAINT ck_trade_documents_shipment CHECK (shipment >= 0),
  year             INT           NOT NULL,
  sequence         INT           NOT NULL CONSTRAINT ck_trade_documents_sequence CHECK (sequence > 0),
  issued_at_ms     BIGINT        NOT NULL,
  CONSTRAINT uq_trade_documents_sequence UNIQUE (document_type, year, sequence),
  CONSTRAINT uq_trade_documents_document UNIQUE (order_id, document_type, shipment)
);
