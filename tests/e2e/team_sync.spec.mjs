// Team sync with a real CouchDB-API server (pouchdb-server, see couch.mjs): two
// browser contexts are two devices sharing one database.
import { test, expect } from '@playwright/test';
import { open, stored, createSurvey, answerAll } from './helpers.mjs';
import { Couch, ADMIN, PASSWORD } from './couch.mjs';

const DB = 'team';

/** A second device: a fresh browser context with the project's settings. */
async function device(browser) {
  const { baseURL, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale });
  return context.newPage();
}

const badge = (page) => page.getByRole('status', { name: 'Team sync' });

async function connect(page, couch, { password = PASSWORD, remember = false } = {}) {
  await open(page, '#/settings');
  await page.getByLabel('Server address').fill(couch.url);
  await page.getByLabel('Database').fill(DB);
  await page.getByLabel('User name').fill(ADMIN);
  await page.getByLabel('Password', { exact: true }).fill(password);
  if (remember) await page.getByLabel('Remember on this device').check();
  await page.getByRole('button', { name: 'Connect' }).click();
}

async function connected(page, couch) {
  await connect(page, couch);
  await expect(badge(page)).toHaveText('Synced', { timeout: 15_000 });
}

async function createJourney(page, name) {
  await open(page, '#/journeys');
  await page.getByLabel('New journey name').fill(name);
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

const touchpoint = (page, step = 'Explore') =>
  page.getByRole('region', { name: step, exact: true }).getByRole('textbox', { name: 'Touchpoint' });

async function addTouchpoint(page, title, step = 'Explore') {
  await page.getByRole('button', { name: `Add touchpoint to ${step}` }).click();
  const field = touchpoint(page, step).last();
  await field.fill(title);
  await field.press('Tab');
}

async function openJourney(page, name) {
  await page.getByRole('link', { name: 'Journeys', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** The stored journeys' touchpoint titles, sorted. */
async function storedTitles(page) {
  return Object.entries(await stored(page))
    .filter(([k]) => k.startsWith('dsv:journey:'))
    .flatMap(([, v]) => JSON.parse(v).body.touchpoints.map((t) => t.title))
    .sort();
}

let couch;
test.beforeEach(async () => {
  couch = await Couch.start({ persistent: test.info().title.includes('server is stopped') });
  await couch.req('PUT', `/${DB}`);
});
test.afterEach(async () => {
  await couch.close();
});

test('a journey card edit on one device appears on the other without reload', async ({ page, browser }) => {
  await connected(page, couch);
  await createJourney(page, 'Shared onboarding');
  await addTouchpoint(page, 'Reads the intranet');
  const other = await device(browser);
  await connected(other, couch);
  await openJourney(other, 'Shared onboarding');
  await expect(touchpoint(other)).toHaveValue('Reads the intranet');

  await touchpoint(page).fill('Reads the wiki');
  await touchpoint(page).press('Tab');
  await expect(touchpoint(other)).toHaveValue('Reads the wiki', { timeout: 5_000 });
  await expect(badge(other)).toHaveText('Synced');
  // The password is in neither device's local storage, nor in the address.
  for (const p of [page, other]) {
    expect(JSON.stringify(await stored(p))).not.toContain(PASSWORD);
    expect(p.url()).not.toContain(PASSWORD);
  }
  await other.context().close();
});

test('a wrong password says so and changes nothing', async ({ page }) => {
  await createJourney(page, 'Mine only');
  await open(page, '#/settings');
  const before = await stored(page);
  await connect(page, couch, { password: 'wrong password' });
  await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
  await expect(badge(page)).toHaveCount(0);
  expect(await stored(page)).toEqual(before);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(Object.keys(await couch.docs(DB))).toEqual([]);
});

test('an edit made while the server is stopped is pushed after it restarts', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await connected(page, couch);
  await createJourney(page, 'Offline edits');
  await addTouchpoint(page, 'Before the outage');
  await expect.poll(async () => Object.keys(await couch.docs(DB)).length).toBe(1);
  await couch.stop();
  await touchpoint(page).fill('During the outage');
  await touchpoint(page).press('Tab');
  await expect(badge(page)).toHaveText('Offline · 1 change waiting', { timeout: 15_000 });
  await couch.restart();
  await expect(badge(page)).toHaveText('Synced', { timeout: 45_000 });
  const docs = Object.values(await couch.docs(DB));
  expect(docs.map((d) => d.body.touchpoints[0].title)).toEqual(['During the outage']);
  const other = await device(browser);
  await connected(other, couch);
  await expect.poll(() => storedTitles(other)).toEqual(['During the outage']);
  await other.context().close();
});

test('a document deleted on one device disappears on the other', async ({ page, browser }) => {
  await connected(page, couch);
  await createJourney(page, 'Keep me');
  await createJourney(page, 'Delete me');
  const other = await device(browser);
  await connected(other, couch);
  await other.getByRole('link', { name: 'Journeys', exact: true }).click();
  const list = other.getByRole('main').getByRole('list');
  // Pulled documents come in id order, not in the other device's order.
  const names = async () => (await list.getByRole('link').allTextContents()).sort();
  await expect.poll(names).toEqual(['Delete me', 'Keep me']);

  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Delete “Delete me”' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(list.getByRole('link')).toHaveText(['Keep me'], { timeout: 5_000 });
  await expect.poll(async () => Object.keys(await couch.docs(DB)).length).toBe(1);
  await other.context().close();
});

test('user text with HTML and script payloads syncs as text', async ({ page, browser }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await connected(page, couch);
  await createJourney(page, payload);
  await addTouchpoint(page, '<b>bold</b> & "quotes"');
  const other = await device(browser);
  await connected(other, couch);
  await openJourney(other, payload);
  await expect(touchpoint(other)).toHaveValue('<b>bold</b> & "quotes"');
  expect(await other.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await other.locator('main img, main b').count()).toBe(0);
  await other.context().close();
});

test('the same touchpoint edited on both while one is offline ends as a choice with both texts kept', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await connected(page, couch);
  await createJourney(page, 'Contested');
  await addTouchpoint(page, 'Original');
  const other = await device(browser);
  await connected(other, couch);
  await openJourney(other, 'Contested');
  await expect(touchpoint(other)).toHaveValue('Original');

  await other.context().setOffline(true);
  await touchpoint(other).fill('Edited on B');
  await touchpoint(other).press('Tab');
  await expect(badge(other)).toContainText('Offline', { timeout: 15_000 });
  await touchpoint(page).fill('Edited on A');
  await touchpoint(page).press('Tab');
  await expect.poll(async () => Object.values(await couch.docs(DB))[0].body.touchpoints[0].title).toBe('Edited on A');
  await other.context().setOffline(false);

  const dialog = other.getByRole('dialog', { name: 'Changed on two devices: Contested' });
  await expect(dialog).toBeVisible({ timeout: 40_000 });
  await expect(dialog.getByRole('cell', { name: 'Edited on B' })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Edited on A' })).toBeVisible();
  // Who saved the server's version and when: the pushing device wrote it beside the document.
  await expect(dialog.getByText(/^The server's version was saved by admin, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}\.$/)).toBeVisible();
  const [onServerA] = Object.values(await couch.docs(DB));
  expect(onServerA.saved.by).toBe('admin');
  expect(Date.now() - Date.parse(onServerA.saved.at)).toBeLessThan(120_000);
  expect(JSON.stringify(onServerA)).not.toContain(PASSWORD);
  // Until the choice, B keeps its own text and the server keeps A's.
  expect(await storedTitles(other)).toEqual(['Edited on B']);
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => storedTitles(other)).toEqual(['Edited on A', 'Edited on B']);
  await expect.poll(() => storedTitles(page), { timeout: 10_000 }).toEqual(['Edited on A', 'Edited on B']);
  const onServer = Object.values(await couch.docs(DB)).map((d) => d.body.touchpoints[0].title).sort();
  expect(onServer).toEqual(['Edited on A', 'Edited on B']);
  await other.context().close();
});

test('500 documents pushed and pulled with nothing lost', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await open(page, '#/');
  await page.evaluate(() => {
    for (let i = 0; i < 500; i++) {
      const id = `p${String(i).padStart(3, '0')}`;
      const body = { id, name: `Persona ${i} «ü» <i>`, archetype: `A${i}`, goals: [`g${i}`], needs: [], frustrations: [] };
      localStorage.setItem(`dsv:persona:${id}`, JSON.stringify({ v: 4, body }));
    }
  });
  await page.reload();
  await connect(page, couch);
  await expect(badge(page)).toHaveText('Synced', { timeout: 60_000 });
  const local = await stored(page);
  const personas = Object.keys(local).filter((k) => k.startsWith('dsv:persona:'));
  expect(personas).toHaveLength(500);
  const server = await couch.docs(DB);
  expect(Object.keys(server)).toHaveLength(500);
  for (const key of personas) {
    const doc = server[key.slice('dsv:'.length)];
    expect(doc.body).toEqual(JSON.parse(local[key]).body);
  }

  const other = await device(browser);
  await connect(other, couch);
  await expect(badge(other)).toHaveText('Synced', { timeout: 60_000 });
  const pulled = await stored(other);
  expect(Object.keys(pulled).filter((k) => k.startsWith('dsv:persona:'))).toHaveLength(500);
  for (const key of personas) {
    expect(JSON.parse(pulled[key]).body).toEqual(JSON.parse(local[key]).body);
  }
  await other.getByRole('link', { name: 'Journeys', exact: true }).click();
  await other.getByRole('link', { name: 'Persona library' }).click();
  await expect(other.getByRole('main').getByRole('link', { name: /^Persona \d+/ })).toHaveCount(500);
  await other.context().close();
});

test('a second tab of the same browser does not sync twice', async ({ page, context }) => {
  await connected(page, couch);
  const second = await context.newPage();
  await open(second, '#/');
  // The password was kept for the first tab's session only: the second tab is told
  // that another tab syncs, and its saves reach the server through the first.
  await expect(badge(second)).toHaveText('Synced by another tab', { timeout: 10_000 });
  await createJourney(second, 'From the second tab');
  await expect.poll(async () => Object.values(await couch.docs(DB)).map((d) => d.body.name)).toEqual(['From the second tab']);
  await expect(badge(page)).toHaveText('Synced');
});

test('a Kano response pasted on one device is analysed on the other', async ({ page, browser }) => {
  await connected(page, couch);
  await createSurvey(page, 'Shared survey', ['Offline mode', 'Live chat']);
  await page.getByRole('link', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const respondent = await phone.newPage();
  await respondent.goto(link);
  await answerAll(respondent, 2, [['I like it', 'I dislike it'], ['I expect it', 'I dislike it']]);
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  const code = await respondent.getByRole('textbox', { name: 'Your response code' }).inputValue();
  await phone.close();

  const other = await device(browser);
  await connected(other, couch);
  await open(other, '#/kano');
  await other.getByRole('main').getByRole('link', { name: 'Shared survey' }).click();
  await other.getByRole('link', { name: 'Analyse' }).click();

  await page.getByRole('link', { name: 'Collect' }).click();
  await page.getByRole('textbox', { name: 'Response codes, one per line' }).fill(code);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Line 1' })).toContainText('Line 1: accepted');

  const table = other.getByRole('table', { name: 'Kano evaluation per feature' });
  const row = (name) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Offline mode').getByRole('cell').nth(7)).toHaveText('One-dimensional', { timeout: 5_000 });
  await expect(row('Live chat').getByRole('cell').nth(7)).toHaveText('Must-be');
  await other.context().close();
});

test('server documents the app cannot read stay untouched and stay listed after a reload', async ({ page }) => {
  const future = await couch.req('PUT', `/${DB}/journey:future`, { v: 99, body: { name: 'From a later version' } });
  const invoice = await couch.req('PUT', `/${DB}/invoice-7`, { total: 12 });
  await createJourney(page, 'Mine');
  await connected(page, couch);
  const list = page.getByRole('list').filter({ hasText: 'invoice-7' });
  await open(page, '#/settings');
  await expect(page.getByRole('heading', { name: 'Documents left on the server' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveText([
    'invoice-7 — not a DSV Studio document',
    'journey:future — written by a newer DSV Studio (schema 99)',
  ]);
  await page.reload();
  await expect(badge(page)).toHaveText('Synced', { timeout: 15_000 });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  const docs = await couch.docs(DB);
  expect(docs['journey:future']._rev).toBe(future.rev);
  expect(docs['journey:future'].body).toEqual({ name: 'From a later version' });
  expect(docs['invoice-7']._rev).toBe(invoice.rev);
  expect(Object.keys(docs).filter((id) => id.startsWith('journey:')).length).toBe(2);
});
