// A distributor's whole flow through a client generated from the API's own OpenAPI document: openapi-typescript
// writes obj/schema.d.ts from the served document, tsc compiles this file against it in strict mode (so a drift
// between this program and the document is a compile error), and node runs it against a live server.
// Prints one JSON summary on stdout; the C# test (TypeScriptClientTests) asserts on it.
//
//   node obj/dist/distributor-flow.js --base-url http://127.0.0.1:5000 --api-key bpk_...
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import type { components, paths } from "./obj/schema.js";

type Schemas = components["schemas"];
type LineItem = Schemas["LineItemRequest"];
type Variant = Schemas["VariantResponse"];

const { values: options } = parseArgs({
  options: {
    "base-url": { type: "string" },
    "api-key": { type: "string" },
    "timeout-ms": { type: "string", default: "60000" },
  },
});
const baseUrl = required(options["base-url"], "--base-url");
const apiKey = required(options["api-key"], "--api-key");

const summary: Record<string, unknown> = { ok: false };
const timer = setTimeout(() => {
  summary.error = `The flow did not finish within ${options["timeout-ms"]} ms.`;
  finish(2);
}, Number(options["timeout-ms"]));

const client = createClient<paths>({ baseUrl, headers: { "X-Api-Key": apiKey } });

const shipTo: Schemas["ShipTo"] = {
  name: "Nairobi Outfitters Ltd",
  addressLine1: "Godown 14, Mombasa Road",
  city: "Nairobi",
  postalCode: "00500",
  country: "KE",
};

try {
  await run();
  summary.ok = true;
} catch (error) {
  summary.error = error instanceof Error ? error.stack ?? error.message : String(error);
}
finish(summary.ok ? 0 : 1);

async function run(): Promise<void> {
  // Browse: two pages by cursor.
  const first = await client.GET("/v1/products", { params: { query: { limit: 5 } } });
  const firstPage = expectData(first, "list products");
  const nextCursor = firstPage.nextCursor ?? fail("the first page of products has no nextCursor");
  const second = await client.GET("/v1/products", { params: { query: { limit: 5, cursor: nextCursor } } });
  const secondPage = expectData(second, "list products, page 2");
  const firstIds = firstPage.items.map(product => product.id);
  summary.products = {
    firstPageStatus: first.response.status,
    secondPageStatus: second.response.status,
    firstPage: firstIds,
    secondPage: secondPage.items.map(product => product.id),
    repeated: secondPage.items.filter(product => firstIds.includes(product.id)).length,
  };

  // One product, its ETag, and a conditional GET that answers 304 with no body.
  const productId = firstIds[0] ?? fail("the first page of products is empty");
  const read = await client.GET("/v1/products/{id}", { params: { path: { id: productId } } });
  const product = expectData(read, "get product");
  const etag = read.response.headers.get("ETag") ?? fail("get product sent no ETag");
  const again = await client.GET("/v1/products/{id}", { params: { path: { id: productId } }, headers: { "If-None-Match": etag } });
  const firstVariant = product.variants[0] ?? fail(`${productId} has no variants`);
  const variantRead = await client.GET("/v1/variants/{sku}", { params: { path: { sku: firstVariant.sku } } });
  const variant = expectData(variantRead, "get variant");
  summary.product = {
    id: product.id,
    status: read.response.status,
    etag,
    conditionalStatus: again.response.status,
    variantSku: variant.variant.sku,
    variantProductId: variant.productId,
  };

  // Three SKUs at their MOQ, from products without a product-level MOQ: quote, validate, order.
  const lines = await threeOrderableLines();
  const quoted = await client.POST("/v1/quotes", { body: { lines, currency: "KES" } });
  const quote = expectData(quoted, "create quote");
  const quoteId = quote.quoteId ?? fail("a valid quote has no quoteId");
  summary.quote = { status: quoted.response.status, valid: quote.valid, lines: quote.lines.length, quoteId, currency: quote.currency };

  const order: Schemas["PlaceOrderRequest"] = { buyerReference: "PO-TS-CLIENT-1", lines, shipTo, quoteId };
  const validated = await client.POST("/v1/orders/validate", { body: order });
  const preview = expectData(validated, "validate order");
  summary.validate = { status: validated.response.status, lines: preview.lines.length, currency: preview.currency };

  const idempotencyKey = randomUUID();
  const placed = await client.POST("/v1/orders", { params: { header: { "Idempotency-Key": idempotencyKey } }, body: order });
  const created = expectData(placed, "place order");
  const replay = await client.POST("/v1/orders", { params: { header: { "Idempotency-Key": idempotencyKey } }, body: order });
  const replayed = expectData(replay, "replay order");
  const status = await client.GET("/v1/orders/{orderId}", { params: { path: { orderId: created.id } } });
  const current = expectData(status, "get order");
  summary.order = {
    status: placed.response.status,
    id: created.id,
    lines: created.lines.length,
    quoteId: created.quoteId ?? null,
    replayStatus: replay.response.status,
    replayedHeader: replay.response.headers.get("Idempotent-Replayed"),
    replayId: replayed.id,
    getStatus: status.response.status,
    orderStatus: current.status,
    listed: await findInOrderList(created.id),
  };

  summary.webhook = await registerAndPingWebhook();

  // The error path, typed by the client: an order under the MOQ is a 422 order-rules problem listing its violations
  // (the document types them; narrowing with "in" picks that problem out of the operation's error union).
  const underMoq = await client.POST("/v1/orders", {
    params: { header: { "Idempotency-Key": randomUUID() } },
    body: { ...order, quoteId: null, lines: [{ sku: firstVariant.sku, quantity: 1, sample: false }] },
  });
  const problem = underMoq.error ?? fail("an order under the MOQ was accepted");
  const violations = "violations" in problem ? problem.violations : null;
  summary.underMoq = {
    status: underMoq.response.status,
    contentType: underMoq.response.headers.get("Content-Type"),
    type: problem.type,
    problemStatus: problem.status,
    violationCodes: violations?.map(violation => violation.code) ?? null,
  };
}

async function threeOrderableLines(): Promise<LineItem[]> {
  const variants: Variant[] = [];
  let cursor: string | undefined;
  while (variants.length < 3) {
    const page = expectData(await client.GET("/v1/products", { params: { query: { limit: 10, cursor } } }), "list products");
    for (const summaryRow of page.items.filter(row => row.productMoq == null)) {
      const detail = expectData(await client.GET("/v1/products/{id}", { params: { path: { id: summaryRow.id } } }), "get product");
      const candidate = detail.variants.find(v => v.maxPerOrder == null || v.maxPerOrder >= v.moq);
      if (candidate && variants.length < 3) {
        variants.push(candidate);
      }
    }
    cursor = page.nextCursor ?? (variants.length < 3 ? fail("fewer than three orderable products in the catalogue") : undefined);
  }
  return variants.map(v => ({ sku: v.sku, quantity: v.moq, sample: false }));
}

async function findInOrderList(orderId: string): Promise<boolean> {
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const list = expectData(await client.GET("/v1/orders", { params: { query: { limit: 50, cursor } } }), "list orders");
    if (list.items.some(order => order.id === orderId)) {
      return true;
    }
    if (!list.nextCursor) {
      return false;
    }
    cursor = list.nextCursor;
  }
  return false;
}

// A receiver on 127.0.0.1 registered as a webhook; a ping must arrive signed as api-docs/webhooks.md describes.
async function registerAndPingWebhook(): Promise<Record<string, unknown>> {
  let resolveReceived: (request: { headers: IncomingMessage["headers"]; body: string }) => void = () => {};
  const received = new Promise<{ headers: IncomingMessage["headers"]; body: string }>(resolve => (resolveReceived = resolve));
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      response.writeHead(204).end();
      resolveReceived({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
    });
  });
  await new Promise<void>(resolve => receiver.listen(0, "127.0.0.1", resolve));
  try {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/backpack`;
    const registered = await client.POST("/v1/webhooks", { body: { url, description: "TypeScript client flow" } });
    const webhook = expectData(registered, "register webhook");
    const pinged = await client.POST("/v1/webhooks/{webhookId}/ping", { params: { path: { webhookId: webhook.id } } });
    const delivery = expectData(pinged, "ping webhook");
    const arrived = await Promise.race([received, new Promise<null>(resolve => setTimeout(() => resolve(null), 10_000))]);
    return {
      status: registered.response.status,
      id: webhook.id,
      pingStatus: pinged.response.status,
      pingEventType: delivery.eventType,
      received: arrived !== null,
      receivedEventType: arrived ? (JSON.parse(arrived.body) as { type?: string }).type ?? null : null,
      signatureValid: arrived ? signatureIsValid(webhook.secret, arrived.headers, arrived.body) : false,
    };
  } finally {
    receiver.close();
  }
}

function signatureIsValid(secret: string, headers: IncomingMessage["headers"], body: string): boolean {
  const timestamp = headers["backpack-webhook-timestamp"];
  const signature = headers["backpack-webhook-signature"];
  if (typeof timestamp !== "string" || typeof signature !== "string") {
    return false;
  }
  const expected = Buffer.from("v1=" + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex"));
  const actual = Buffer.from(signature);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// The data of a successful answer, or a failure naming the step, the status and the problem the server sent.
function expectData<T>(result: { data?: T; error?: unknown; response: Response }, step: string): T {
  if (result.data === undefined) {
    fail(`${step}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

function fail(message: string): never {
  throw new Error(message);
}

function required(value: string | undefined, name: string): string {
  return value ?? fail(`${name} is required`);
}

function finish(exitCode: number): void {
  clearTimeout(timer);
  process.stdout.write(JSON.stringify(summary) + "\n");
  process.exit(exitCode);
}
