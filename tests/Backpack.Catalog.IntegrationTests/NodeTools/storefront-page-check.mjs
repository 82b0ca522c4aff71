// Opens api-docs/storefront/index.html in Debian's chromium, served from its own origin on 127.0.0.1 as a storefront's
// site would be, against the API at --api-base (which must allow that origin for CORS). Waits for the page to say it is
// ready, then reports what it drew and takes a full-page screenshot.
// Prints one JSON object on stdout; the C# test (StorefrontPageTests) asserts on it.
//
//   node storefront-page-check.mjs --page-dir /abs/api-docs/storefront --page-port 40123 --api-base http://127.0.0.1:5000 \
//     --query "currency=EUR&category=kids" --screenshot /abs/path.png
//
// Requests to anywhere but the page's server and the API are blocked and reported.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { launchHeadless } from './chromium.mjs';

const { values: options } = parseArgs({
  options: {
    'page-dir': { type: 'string' },
    'page-port': { type: 'string' },
    'api-base': { type: 'string' },
    query: { type: 'string', default: '' },
    screenshot: { type: 'string' },
    'timeout-ms': { type: 'string', default: '45000' },
  },
});
const apiBase = options['api-base'].replace(/\/$/, '');
const pageOrigin = `http://127.0.0.1:${options['page-port']}`;
const result = { ok: false, state: null, status: null, cards: [], facets: [], currencyOptions: [], consoleErrors: [], failedRequests: [], error: null };

function finish(exitCode) {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(exitCode);
}

setTimeout(() => { result.error = `The check did not finish within ${options['timeout-ms']} ms.`; finish(2); }, Number(options['timeout-ms']));

const server = createServer((request, response) => {
  const path = normalize(new URL(request.url, pageOrigin).pathname).replace(/^\/+/, '') || 'index.html';
  try {
    const body = readFileSync(join(options['page-dir'], path));
    response.writeHead(200, { 'Content-Type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise(resolve => server.listen(Number(options['page-port']), '127.0.0.1', resolve));

const userDataDir = mkdtempSync(join(tmpdir(), 'backpack-storefront-'));
let context;
try {
  context = await launchHeadless(userDataDir, 15000);
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', message => { if (message.type() === 'error') result.consoleErrors.push(message.text()); });
  await page.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(pageOrigin + '/') || url.startsWith(apiBase + '/')) {
      return route.continue();
    }
    result.failedRequests.push(`blocked ${url}`);
    return route.abort();
  });
  page.on('requestfailed', request => result.failedRequests.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('response', response => { if (response.status() >= 400) result.failedRequests.push(`${response.status()} ${response.url()}`); });

  await page.goto(`${pageOrigin}/index.html?api=${encodeURIComponent(apiBase)}${options.query ? '&' + options.query : ''}`);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20000 });
  Object.assign(result, await page.evaluate(() => ({
    state: document.body.dataset.state,
    status: document.getElementById('status').textContent,
    cards: [...document.querySelectorAll('.card')].map(card => {
      const img = card.querySelector('img');
      const price = card.querySelector('.price');
      return {
        id: card.dataset.id,
        name: card.querySelector('h3').textContent,
        imageSrc: img?.getAttribute('src') ?? null,
        imageLoadedWidth: img?.naturalWidth ?? 0,
        imageAlt: img?.alt ?? null,
        priceText: price?.textContent ?? null,
        priceAmount: price ? Number(price.dataset.amount) : null,
        priceCurrency: price?.dataset.currency ?? null,
      };
    }),
    facets: [...document.querySelectorAll('#families li[data-facet]')].map(li => ({ value: li.dataset.facet, count: Number(li.dataset.count) })),
    currencyOptions: [...document.querySelectorAll('#currency option')].map(o => o.value),
  })));
  await page.screenshot({ path: options.screenshot, fullPage: true });
  result.ok = result.state === 'ready';
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
  finish(result.ok ? 0 : 1);
} catch (error) {
  result.error = String(error?.stack || error);
  try { await context?.close(); } catch { /* closing after a failure */ }
  server.close();
  finish(1);
}
