// Offline use: after one visit the service worker serves the app with no network,
// under any sub-path; the manifest makes it installable; a new deployment is offered
// with a notice and Reload, and stored data survives the switch.
import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, stored } from './helpers.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Waits until the service worker has installed and controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
}

/** The names of the app's caches and the URLs in them. */
async function caches(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await self.caches.keys()) {
      const cache = await self.caches.open(name);
      out[name] = (await cache.keys()).map((r) => r.url).sort();
    }
    return out;
  });
}

async function createJourney(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journeys' }).click();
  await page.getByLabel('New journey name').fill(name);
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect.poll(async () => Object.entries(await stored(page))
    .filter(([k]) => k.startsWith('dsv:journey:'))
    .map(([, v]) => JSON.parse(v).body.name)).toContain(name);
}

/** Whether the page can reach the network at all: a file no cache holds. */
const online = (page) => page.evaluate(() => fetch(`no-such-file-${Date.now()}`).then(() => true, () => false));

/**
 * A copy of dist/ served under `base` on a free port, for tests that change the
 * deployed files or stop the server. Like serve.mjs, with no-cache headers.
 */
async function deployment(base) {
  const root = await mkdtemp(join(tmpdir(), 'dsv-offline-'));
  await cp(dist, root, { recursive: true });
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
    '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) return res.writeHead(404).end();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (file === root || file.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  const stop = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });
  return { root, url, stop, remove: () => rm(root, { recursive: true, force: true }) };
}

test('after one visit the app opens offline and a journey is created and kept', async ({ page, context }) => {
  await open(page);
  await controlled(page);
  // Precached: exactly this build's files (the worker itself aside), all in the scope.
  const built = (await readdir(dist)).filter((f) => f !== 'sw.js').sort();
  const cached = Object.values(await caches(page));
  expect(cached).toHaveLength(1);
  const scope = new URL('./', page.url()).href;
  expect(cached[0]).toEqual(built.map((f) => scope + f).sort());

  await context.setOffline(true);
  expect(await online(page)).toBe(false);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/tools/dsv/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drive stakeholder value, hands-on');
  await createJourney(page, 'Planned on the train');
  const data = await stored(page);

  // Still offline: a fresh load of a deep link shows the journey from storage.
  await page.goto('./#/journeys');
  await expect(page.getByRole('main').getByRole('link', { name: 'Planned on the train' })).toBeVisible();
  expect(await stored(page)).toEqual(data);
  await context.setOffline(false);
});

test('works offline under another sub-path with the server gone', async ({ page, context }) => {
  const site = await deployment('/courses/itil4/dsv-studio/');
  try {
    await page.goto(`${site.url}#/service-levels`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service levels');
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(site.url);
    await site.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service levels');
    await createJourney(page, 'No server at all');
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drive stakeholder value, hands-on');
    await page.getByRole('link', { name: 'Journeys' }).first().click();
    await expect(page.getByRole('main').getByRole('link', { name: 'No server at all' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await site.stop().catch(() => {});
    await site.remove();
  }
});

test('the manifest makes the app installable from its own folder', async ({ page }) => {
  await open(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('manifest.webmanifest');
  const manifestUrl = new URL(href, page.url()).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ name: 'DSV Studio', start_url: './', scope: './', display: 'standalone', theme_color: '#1d3557' });
  const png = manifest.icons.filter((i) => i.type === 'image/png');
  expect(png.map((i) => [i.sizes, i.purpose ?? 'any'])).toEqual([['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']]);
  for (const icon of png) {
    const res = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(res.status(), icon.src).toBe(200);
    const body = await res.body();
    // PNG width and height, from the IHDR chunk.
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test('a new deployment is offered with Reload, and stored data survives it', async ({ page }) => {
  const site = await deployment('/dsv/');
  try {
    await page.goto(site.url);
    await controlled(page);
    await createJourney(page, 'Kept across versions');
    await page.evaluate(() => localStorage.setItem('unrelated:key', 'left alone'));
    const before = await page.evaluate(() => ({ ...localStorage }));
    const [oldCache] = Object.keys(await caches(page));

    // Deploy a new version: another page and, as the build would write, a new version.
    const sw = join(site.root, 'sw.js');
    const source = await readFile(sw, 'utf8');
    const version = source.match(/^const VERSION = '([^']+)';$/m)[1];
    await writeFile(sw, source.replace(`'${version}'`, `'${version}-next'`));
    const html = join(site.root, 'index.html');
    await writeFile(html, (await readFile(html, 'utf8')).replace('<head>', '<head><meta name="dsv-test-build" content="next">'));

    // The next visit still shows the version in use, and offers the new one.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    const notice = page.getByRole('status');
    await expect(notice).toContainText('A new version is available', { timeout: 20_000 });
    expect(await page.locator('meta[name="dsv-test-build"]').count()).toBe(0);

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.locator('meta[name="dsv-test-build"]')).toHaveAttribute('content', 'next');
    await expect.poll(async () => Object.keys(await caches(page))).toEqual([oldCache.replace(version, `${version}-next`)]);
    await expect(page.getByText('A new version is available')).toHaveCount(0);
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
    await page.getByRole('link', { name: 'Journeys' }).first().click();
    await expect(page.getByRole('main').getByRole('link', { name: 'Kept across versions' })).toBeVisible();
  } finally {
    await site.stop();
    await site.remove();
  }
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the update notice is translated', async ({ page }) => {
    const site = await deployment('/dsv/');
    try {
      await page.goto(site.url);
      await controlled(page);
      const sw = join(site.root, 'sw.js');
      await writeFile(sw, (await readFile(sw, 'utf8')).replace(/^const VERSION = '([^']+)';$/m, "const VERSION = '$1-ru';"));
      await page.reload();
      const notice = page.getByRole('status');
      await expect(notice).toContainText('Доступна новая версия', { timeout: 20_000 });
      await expect(notice.getByRole('button', { name: 'Перезагрузить' })).toBeVisible();
    } finally {
      await site.stop();
      await site.remove();
    }
  });
});
