// The dashboard's timing choreography: what the first frame paints (the heat map,
// then the sections below a frame later; the rows in view, then the first 25, then
// all on request), that a change of language or leaving early is harmless, and the
// idle warm-up (rendered off screen, the model computed while idle, and only when it
// helps). The plan is explained in src/ui/pages/slm/dashboard/mod.rs; figures are
// printed by `make bench`, never asserted here.
import { test, expect } from '@playwright/test';
import { open, stored } from './helpers.mjs';

test('the dashboard paints its heat map first and the sections below it a frame later', async ({ page }) => {
  await open(page, '#/service-levels');
  await page.getByRole('button', { name: 'Add example services' }).click();
  await expect(page.getByRole('region', { name: /Watermelon warnings/ })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  // In the frame that first shows heat-map rows, the sections below are not there yet.
  const inFirstFrame = await page.evaluate(() => new Promise((resolve) => {
    location.hash = '#/service-levels';
    const check = () => (document.querySelector('table.heat-map tbody tr')
      ? resolve({ services: !!document.getElementById('services-title'), import: !!document.getElementById('import-sla') })
      : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }));
  expect(inFirstFrame).toEqual({ services: false, import: false });
  await expect(page.getByRole('region', { name: /Watermelon warnings/ })).toContainText('Service desk');
  await expect(page.getByRole('heading', { name: 'Services', exact: true })).toBeVisible();
  await expect(page.getByLabel('Import SLA records CSV')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

/** Stores `services` services of five monthly targets each, with five years of records. */
async function storeLargeWorkspace(page, services) {
  await open(page, '#/settings');
  await page.evaluate((count) => {
    const months = Array.from({ length: 60 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    for (let s = 0; s < count; s++) {
      localStorage.setItem(`dsv:service:svc-${s}`, JSON.stringify({ v: 3, body: {
        id: `svc-${s}`, name: `Service ${s}`,
        agreements: [{ id: `agr-${s}`, name: `SLA-${s}`, kind: 'sla', targets: Array.from({ length: 5 }, (_, t) => ({
          id: `tgt-${s}-${t}`, metric: `Metric ${t}`, unit: '%', direction: '>=', target: 99, period_kind: 'month',
          records: months.map((period, m) => ({ period, achieved: 98.5 + ((s * 7 + t * 3 + m) % 20) / 10 })),
        })) }],
      } }));
    }
  }, services);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
}

test('a large heat map paints the rows in view first, then the first 25, then all on request', async ({ page }) => {
  await storeLargeWorkspace(page, 30);
  // The frame that first shows rows has them down to the window's bottom, not all 25.
  const first = await page.evaluate(() => new Promise((resolve) => {
    location.hash = '#/service-levels';
    const check = () => {
      const rows = [...document.querySelectorAll('table.heat-map tbody tr')];
      if (rows.length === 0) { requestAnimationFrame(check); return; }
      resolve({
        rows: rows.length,
        reachesBottom: rows.at(-1).getBoundingClientRect().bottom >= innerHeight,
        names: rows.map((r) => r.querySelector('a').textContent),
      });
    };
    requestAnimationFrame(check);
  }));
  expect(first.reachesBottom).toBe(true);
  expect(first.rows).toBeLessThan(25);
  const map = page.getByRole('table', { name: /Targets per period/ });
  const rowHeads = map.locator('tbody').getByRole('rowheader');
  await expect(rowHeads).toHaveCount(25);
  // The rest follow the rows in view, each once.
  const names = await rowHeads.getByRole('link').allTextContents();
  expect(names.slice(0, first.rows)).toEqual(first.names);
  expect(names.slice(0, 2)).toEqual(['Service 0 · SLA-0 · Metric 0', 'Service 0 · SLA-0 · Metric 1']);
  expect(new Set(names).size).toBe(25);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.getByRole('button', { name: 'Show all 150 targets' }).click();
  await expect(rowHeads).toHaveCount(150);
  await expect(page.getByRole('button', { name: 'Show all 150 targets' })).toHaveCount(0);
  const all = await rowHeads.getByRole('link').allTextContents();
  expect(all.slice(0, 25)).toEqual(names);
  expect(new Set(all).size).toBe(150);

  // Another language rebuilds every row shown, in that language.
  await page.getByLabel('Language').first().selectOption('es');
  const mapEs = page.getByRole('table', { name: /Objetivos por periodo/ });
  await expect(mapEs.locator('tbody tr')).toHaveCount(150);
  await expect(mapEs.getByRole('cell', { name: / de 12 cumplidos$/ })).toHaveCount(150);
  expect(await mapEs.locator('tbody').getAttribute('style')).toContain('--att-met:"Cumplido"');
});

test('show all or another language chosen before the first paint still gives every row once', async ({ page }) => {
  await storeLargeWorkspace(page, 30);
  // In the navigation's own task, before any frame: this listener runs after the app's,
  // and the page has been built in the microtasks between the two.
  const early = (act) => page.evaluate((act) => new Promise((resolve) => {
    window.addEventListener('hashchange', () => {
      const rows = document.querySelectorAll('table.heat-map tbody tr').length;
      if (act === 'show all') {
        [...document.querySelectorAll('main button')].find((b) => b.textContent.startsWith('Show all')).click();
      } else {
        const select = document.querySelector('header select');
        select.value = 'es';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      resolve(rows);
    }, { once: true });
    location.hash = '#/service-levels';
  }), act);
  const inView = await early('show all');
  expect(inView).toBeGreaterThan(0);
  expect(inView).toBeLessThan(25);
  const rowHeads = page.locator('table.heat-map tbody').getByRole('rowheader');
  await expect(rowHeads).toHaveCount(150);
  expect(new Set(await rowHeads.getByRole('link').allTextContents()).size).toBe(150);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect(await early('es')).toBe(inView);
  const map = page.getByRole('table', { name: /Objetivos por periodo/ });
  await expect(map.locator('tbody').getByRole('rowheader')).toHaveCount(25);
  await expect(map.getByRole('cell', { name: / de 12 cumplidos$/ })).toHaveCount(25);
  expect(new Set(await map.locator('tbody').getByRole('rowheader').allTextContents()).size).toBe(25);
});

test('leaving the dashboard before its lower sections render is harmless', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, '#/service-levels');
  await page.getByRole('button', { name: 'Add example services' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  // Open the dashboard and leave it in the task after, before its next frame: the
  // heat map is there, the sections below are not yet.
  // (A busy machine may paint a frame first: then it tries again, up to five times.)
  let leftEarly = false;
  for (let attempt = 0; attempt < 5 && !leftEarly; attempt++) {
    leftEarly = await page.evaluate(() => new Promise((resolve) => {
      window.addEventListener('hashchange', () => setTimeout(() => {
        const early = !!document.querySelector('table.heat-map') && !document.getElementById('import-sla');
        location.hash = '#/settings';
        setTimeout(() => resolve(early), 300);
      }, 0), { once: true });
      location.hash = '#/service-levels';
    }));
  }
  expect(leftEarly).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('heading', { name: 'DSV Studio stopped' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Watermelon warnings/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** Loads the app afresh at `hash`, as a new tab would. */
async function reopen(page, hash) {
  await open(page, hash);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
}

test('with services stored, the dashboard is prepared off screen while idle: nothing stored, nothing shown', async ({ page }) => {
  await open(page, '#/service-levels');
  await page.getByLabel('New service name').fill('Web shop');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web shop');
  const before = await stored(page);
  // The app opened again on another page: the dashboard's code is run once, off screen.
  await reopen(page, '#/journeys');
  await page.waitForFunction(() => performance.getEntriesByName('dsv:warm-up-done').length === 1);
  expect(await stored(page)).toEqual(before);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journeys');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Service levels' }).click();
  const services = page.getByRole('region', { name: 'Services' });
  await expect(services.getByRole('link', { name: 'Web shop' })).toBeVisible();
  await expect(services.getByRole('listitem')).toHaveCount(1);
  expect(await stored(page)).toEqual(before);
});

test('the heat map is computed while idle, then only when the workspace or the period kind changes', async ({ page }) => {
  await storeLargeWorkspace(page, 2);
  await page.waitForFunction(() => performance.getEntriesByName('dsv:warm-up-done').length === 1);
  const computed = () => page.evaluate(() => performance.getEntriesByName('dsv:slm-heat-map').length);
  const atStart = await computed();
  await page.getByRole('link', { name: 'Service levels' }).click();
  const rows = page.getByRole('table', { name: /Targets per period/ }).locator('tbody').getByRole('rowheader');
  await expect(rows).toHaveCount(10);
  await expect(page.getByRole('heading', { name: 'Services', exact: true })).toBeVisible();
  expect(await computed()).toBe(atStart);
  // Another period kind is computed once and kept for the next visit.
  await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('ISO week');
  await expect(page.getByText('No targets with records yet.')).toBeVisible();
  expect(await computed()).toBe(atStart + 1);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Service levels' }).click();
  await expect(page.getByRole('combobox', { name: 'Period', exact: true })).toHaveValue('1');
  expect(await computed()).toBe(atStart + 1);
  await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('Month');
  await expect(rows).toHaveCount(10);
  expect(await computed()).toBe(atStart + 2);
  // A change to the workspace made on another page is computed at the next visit,
  // not before.
  await page.getByRole('link', { name: 'Journeys' }).click();
  await page.getByRole('button', { name: 'Add example journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
  expect(await computed()).toBe(atStart + 2);
  await page.getByRole('link', { name: 'Service levels' }).click();
  await expect(rows).toHaveCount(10);
  expect(await computed()).toBe(atStart + 3);
});

test('nothing is prepared without services, nor when the dashboard is the first page', async ({ page }) => {
  const idle = () => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
  await open(page, '#/journeys');
  await idle();
  expect(await page.evaluate(() => performance.getEntriesByName('dsv:warm-up').length)).toBe(0);
  await page.getByRole('link', { name: 'Service levels' }).click();
  await page.getByLabel('New service name').fill('Web shop');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web shop');
  await reopen(page, '#/service-levels');
  await idle();
  expect(await page.evaluate(() => performance.getEntriesByName('dsv:warm-up').length)).toBe(0);
  await reopen(page, '#/journeys');
  await idle();
  expect(await page.evaluate(() => performance.getEntriesByName('dsv:warm-up').length)).toBe(1);
});
