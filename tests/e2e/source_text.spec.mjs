// No Rust source in the page: every route, in the empty and the example workspace,
// in each language, is read as a person sees it (the body's visible text) and must
// not hold a fragment of `view!` code, such as a closure or an event attribute that
// a stray `>` in an attribute spilled into the page.
import { test, expect } from '@playwright/test';
import { open, stored } from './helpers.mjs';

const FRAGMENTS = ['move |', 'move||', 'on:click', 'on:input', 'on:change', 'prop:', '=> ', '.get()', '|_|', 'view!', '.with(|'];

const LANGUAGES = [
  ['en', 'Home', 'Load example workspace', 'Add example tickets'],
  ['es', 'Inicio', 'Cargar el espacio de trabajo de ejemplo', 'Añadir tickets de ejemplo'],
  ['ru', 'Главная', 'Загрузить пример рабочего пространства', 'Добавить примеры заявок'],
];

/** The ids of the stored documents of one kind. */
const ids = (entries, kind) =>
  Object.keys(entries).filter((k) => k.startsWith(`dsv:${kind}:`)).map((k) => k.slice(`dsv:${kind}:`.length));

/** Every route of the app, with the ids of what the workspace holds. */
async function routes(page) {
  const entries = await stored(page);
  const list = ['#/', '#/journeys', '#/personas', '#/kano', '#/service-levels', '#/service-levels/improvements',
    '#/service-levels/tickets', '#/settings', '#/learn', '#/learn/service-relationship-model', '#/no/such/page'];
  for (const id of ids(entries, 'journey')) list.push(`#/journeys/${id}`, `#/journeys/${id}/present`);
  for (const id of ids(entries, 'persona')) list.push(`#/personas/${id}`);
  for (const id of ids(entries, 'survey')) {
    list.push(`#/kano/${id}`, `#/kano/${id}/share`, `#/kano/${id}/collect`, `#/kano/${id}/analyse`,
      `#/kano/${id}/present`, `#/kano/${id}/kiosk`);
  }
  for (const id of ids(entries, 'service')) list.push(`#/service-levels/${id}`, `#/service-levels/${id}/report`);
  return list;
}

/** Visits `hash` and returns the page's visible text once it has settled. */
async function visibleText(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await expect(page.getByRole('heading').first(), hash).toBeVisible();
  // Two idle callbacks and a frame: deferred rows and warm-up renders have run.
  await page.evaluate(() => new Promise((done) =>
    requestIdleCallback(() => requestIdleCallback(() => requestAnimationFrame(() => done())))));
  return page.evaluate(() => document.body.innerText);
}

async function expectNoSource(page, visited) {
  for (const hash of await routes(page)) {
    const text = await visibleText(page, hash);
    visited.push(hash);
    for (const fragment of FRAGMENTS) {
      expect(text.includes(fragment), `${hash} shows “${fragment}”: …${text.slice(Math.max(0, text.indexOf(fragment) - 60), text.indexOf(fragment) + 60)}…`).toBe(false);
    }
  }
}

for (const [lang, home, loadExample, addTickets] of LANGUAGES) {
  test(`no source text on any route, empty and example workspace, in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, '#/');
    await page.getByLabel('Language').first().selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const visited = [];
    await expectNoSource(page, visited);

    await page.evaluate(() => { location.hash = '#/'; });
    await expect(page.getByRole('link', { name: home }).first()).toBeVisible();
    await page.getByRole('button', { name: loadExample }).click();
    await expect.poll(async () => ids(await stored(page), 'service').length).toBeGreaterThan(0);
    // Example tickets too, so the per-ticket table has more than one page.
    await page.evaluate(() => { location.hash = '#/service-levels/tickets'; });
    await page.getByRole('button', { name: addTickets }).click();
    await expect.poll(async () => Object.keys(await stored(page)).some((k) => k.startsWith('dsv:tickets:'))).toBe(true);
    // The answer page, reached through the survey's share link.
    const survey = ids(await stored(page), 'survey')[0];
    await page.evaluate((h) => { location.hash = h; }, `#/kano/${survey}/share`);
    const href = await page.locator('a[href*="#/answer/"]').first().getAttribute('href');
    await expectNoSource(page, visited);
    const answer = href.slice(href.indexOf('#/answer/'));
    await visibleText(page, answer).then((text) => {
      for (const fragment of FRAGMENTS) expect(text.includes(fragment), `${answer} shows “${fragment}”`).toBe(false);
    });
    visited.push(answer);
    // The check did reach every kind of page of the example workspace.
    for (const part of ['/present', '/report', '/analyse', '/kiosk', '/personas/', '#/answer/']) {
      expect(visited.some((h) => h.includes(part)), part).toBe(true);
    }
  });
}
