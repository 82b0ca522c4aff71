// Drives the API's Swagger UI in Debian's chromium, as a developer would: every tag shown, Authorize with a
// distributor key, Try it out on ListProducts and PlaceOrder, then a full-page screenshot.
// Prints one JSON object on stdout; the C# test (SwaggerUiBrowserTests) asserts on it.
//
//   node swagger-ui-check.mjs --base-url http://127.0.0.1:5000 --api-key bpk_... --screenshot /abs/path.png
//
// The browser is never downloaded: CHROMIUM_PATH or /usr/bin/chromium. Any request that is not to --base-url is
// blocked and reported, since Swagger UI must work offline.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchHeadless } from './chromium.mjs';

const { values: options } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    'api-key': { type: 'string' },
    screenshot: { type: 'string' },
    'timeout-ms': { type: 'string', default: '60000' },
  },
});
const baseUrl = options['base-url'].replace(/\/$/, '');
const origin = new URL(baseUrl).origin;
const stepTimeout = 15_000;

const result = {
  ok: false,
  docTags: [],
  shownTags: [],
  authorized: false,
  listProducts: null,
  placeOrder: null,
  consoleErrors: [],
  failedRequests: [],
  screenshot: options.screenshot,
  error: null,
};

function finish(exitCode) {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(exitCode);
}

const scriptTimeout = setTimeout(() => {
  result.error = `The check did not finish within ${options['timeout-ms']} ms.`;
  finish(2);
}, Number(options['timeout-ms']));

const userDataDir = mkdtempSync(join(tmpdir(), 'backpack-swagger-ui-'));
let context;
try {
  context = await launchHeadless(userDataDir, stepTimeout);
  context.setDefaultTimeout(stepTimeout);
  await context.route('**/*', route => {
    if (new URL(route.request().url()).origin === origin) {
      return route.continue();
    }
    result.failedRequests.push(`${route.request().method()} ${route.request().url()}: not the test server (blocked; Swagger UI must work offline)`);
    return route.abort('blockedbyclient');
  });
  context.on('requestfailed', request => {
    if (new URL(request.url()).origin === origin) {
      result.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
    }
  });
  context.on('response', response => {
    if (response.status() >= 400) {
      result.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });

  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', message => {
    if (message.type() === 'error') {
      result.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', error => result.consoleErrors.push(`uncaught: ${error.message}`));

  const document = await (await fetch(`${baseUrl}/swagger/v1/swagger.json`)).json();
  const operationTags = Object.values(document.paths).flatMap(path => Object.values(path).flatMap(operation => operation.tags ?? []));
  result.docTags = [...new Set([...(document.tags ?? []).map(tag => tag.name), ...operationTags])].sort();

  await page.goto(`${baseUrl}/swagger`);
  await page.locator('.opblock-tag-section').first().waitFor();
  result.shownTags = (await page.locator('.opblock-tag-section h3.opblock-tag').evaluateAll(
    headings => headings.map(heading => heading.getAttribute('data-tag')))).sort();

  await authorize(page, 'ApiKey', options['api-key']);

  const listed = await tryItOut(page, 'Catalogue', 'ListProducts', async () => {});
  const products = JSON.parse(listed.body);
  result.listProducts = {
    status: listed.status,
    productCount: products.items?.length ?? 0,
  };

  const idempotencyKey = randomUUID();
  const example = document.components.schemas.PlaceOrderRequest.example;
  let bodyWasExample = false;
  const placed = await tryItOut(page, 'Orders', 'PlaceOrder', async operation => {
    await operation.locator('tr[data-param-name="Idempotency-Key"] input').fill(idempotencyKey);
    const body = await operation.locator('textarea.body-param__text').inputValue();
    bodyWasExample = JSON.stringify(JSON.parse(body)) === JSON.stringify(example);
  });
  const order = JSON.parse(placed.body);
  result.placeOrder = {
    status: placed.status,
    orderId: order.id ?? null,
    bodyWasExample,
    sentApiKey: placed.sentApiKey === options['api-key'],
    sentIdempotencyKey: placed.sentIdempotencyKey === idempotencyKey,
  };

  mkdirSync(dirname(options.screenshot), { recursive: true });
  await page.screenshot({ path: options.screenshot, fullPage: true });
  result.ok = true;
} catch (error) {
  result.error = String(error?.stack ?? error);
} finally {
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
  clearTimeout(scriptTimeout);
}
finish(result.ok ? 0 : 1);

// Authorize → the scheme's own form (found by its name, not its position) → Authorize → Close.
async function authorize(page, schemeName, key) {
  await page.locator('.scheme-container button.authorize').click();
  const scheme = page.locator('.dialog-ux .auth-container')
    .filter({ has: page.locator('h4 code').getByText(schemeName, { exact: true }) });
  await scheme.locator('input').fill(key);
  await scheme.locator('button.authorize').click();
  // Once authorized, the form shows the key as set and offers Logout.
  await scheme.locator('button', { hasText: 'Logout' }).waitFor();
  result.authorized = true;
  await page.locator('.dialog-ux .close-modal').click();
  await page.locator('.dialog-ux').waitFor({ state: 'detached' });
}

// Expands the operation, presses Try it out, lets `fill` set its inputs, presses Execute, and reads the status and
// body the UI shows, and the headers the browser sent.
async function tryItOut(page, tag, operationId, fill) {
  const operation = page.locator(`#operations-${tag}-${operationId}`);
  await operation.locator('.opblock-summary-control').click();
  await operation.locator('button.try-out__btn').click();
  await fill(operation);
  const [request] = await Promise.all([
    page.waitForRequest(request => request.url().startsWith(`${baseUrl}/v1/`)),
    operation.locator('button.execute').click(),
  ]);
  const live = operation.locator('.live-responses-table tbody .response');
  const status = Number((await live.locator('.response-col_status').innerText()).trim());
  const body = await live.locator('.response-col_description pre').first().innerText();
  const headers = await request.allHeaders();
  return { status, body, sentApiKey: headers['x-api-key'], sentIdempotencyKey: headers['idempotency-key'] };
}
