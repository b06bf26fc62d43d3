// The respondent page of its own (answer.html): a respondent on a phone answers a
// survey link without ever downloading the workbench; old links on the workbench's
// address reach it; it works offline after one visit; damaged links are explained.
import { test, expect } from '@playwright/test';
import { createSurvey, answerAll } from './helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, locale: 'en-GB', serviceWorkers: 'allow' };

/** The share link of a new survey, as the owner copies it. */
async function shareLink(page, title, features) {
  await createSurvey(page, title, features);
  await page.getByRole('link', { name: 'Share' }).click();
  return page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
}

/** The respondent page's address for a workbench link (same fragment). */
const answerUrl = (link) => {
  const url = new URL(link);
  return new URL(`answer.html${url.hash}`, url).href;
};

/** Every URL a page requests, the service worker's fetches included. */
function record(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('a respondent answers on a phone and the owner accepts the code; no workbench byte is fetched', async ({ page, browser }) => {
  const link = await shareLink(page, 'Branch visit', ['Queue number', 'Free wifi']);
  const context = await browser.newContext(phone);
  const urls = record(context);
  const respondent = await context.newPage();
  await respondent.goto(answerUrl(link));
  await expect(respondent.getByRole('heading', { name: 'Branch visit' })).toBeVisible();
  expect(await respondent.evaluate(() => document.documentElement.lang)).toBe('en');
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  await expect(respondent.getByRole('alert')).toContainText('Queue number');
  await answerAll(respondent, 2, [['I expect it', 'I dislike it'], ['I like it', 'I am neutral']]);
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  const code = await respondent.getByRole('textbox', { name: 'Your response code' }).inputValue();
  expect(code).toMatch(/^r1\./);
  await expect(respondent.getByRole('button', { name: 'Copy code' })).toBeVisible();
  await expect(respondent.getByRole('button', { name: 'Download as a file' })).toBeVisible();
  await expect(respondent.getByRole('link', { name: 'Send by e-mail' })).toHaveAttribute('href', /^mailto:\?subject=/);
  // The service worker installs with only the respondent page's files.
  await respondent.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20_000 }).catch(() => {});
  await respondent.waitForTimeout(500);
  expect(urls.filter((u) => /dsv-studio-[0-9a-f]+(_bg\.wasm|\.js)$/.test(u))).toEqual([]);
  expect(urls.some((u) => /answer-[0-9a-f]+_bg\.wasm$/.test(u))).toBe(true);
  expect(await respondent.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await context.close();

  await page.getByRole('link', { name: 'Collect' }).click();
  await page.getByRole('textbox', { name: 'Response codes, one per line' }).fill(code);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByRole('status')).toContainText('Line 1: accepted');
});

test('an old-form link on the workbench address reaches the questionnaire in the survey language', async ({ page, browser }) => {
  await createSurvey(page, 'Visita', ['Cita previa']);
  await page.getByLabel('Language respondents see').selectOption({ index: 1 });
  await page.getByRole('link', { name: 'Share' }).click();
  const shared = await page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
  // New links go straight to the respondent page; a link of the old form is the same
  // fragment on the workbench's address (as in QR codes already printed).
  expect(new URL(shared).pathname).toBe('/tools/dsv/answer.html');
  const link = new URL(new URL(shared).hash, new URL('./', shared)).href;
  expect(new URL(link).pathname).toBe('/tools/dsv/');
  const context = await browser.newContext(phone);
  const urls = record(context);
  const respondent = await context.newPage();
  await respondent.goto(link);
  await expect(respondent.getByRole('heading', { name: 'Visita' })).toBeVisible();
  expect(new URL(respondent.url()).pathname).toBe('/tools/dsv/answer.html');
  expect(new URL(respondent.url()).hash).toBe(new URL(link).hash);
  expect(await respondent.evaluate(() => document.documentElement.lang)).toBe('es');
  await expect(respondent.getByRole('button', { name: 'Enviar respuestas' })).toBeVisible();
  // The forward happens before the workbench's script or WebAssembly is requested.
  expect(urls.filter((u) => /dsv-studio-[0-9a-f]+(_bg\.wasm|\.js)$/.test(u))).toEqual([]);
  await context.close();
});

test('the respondent page opens offline after one visit', async ({ page, browser }) => {
  const link = await shareLink(page, 'On the train', ['Seat reservation']);
  const context = await browser.newContext(phone);
  const respondent = await context.newPage();
  await respondent.goto(answerUrl(link));
  await expect(respondent.getByRole('heading', { name: 'On the train' })).toBeVisible();
  await respondent.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
  const cached = await respondent.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });
  expect(cached.some((u) => u.endsWith('/answer.html'))).toBe(true);
  expect(cached.filter((u) => /dsv-studio-|index\.html$/.test(u))).toEqual([]);
  await context.setOffline(true);
  await respondent.reload();
  await expect(respondent.getByRole('heading', { name: 'On the train' })).toBeVisible();
  await answerAll(respondent, 1, [['I like it', 'I dislike it']]);
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  await expect(respondent.getByRole('textbox', { name: 'Your response code' })).toHaveValue(/^r1\./);
  await context.close();
});

test('a damaged link on the respondent page gives the same clear messages', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto('./answer.html#/answer/k1.AAAA%3Cscript%3E');
  await expect(page.getByRole('alert')).toContainText('This survey link is damaged or incomplete.');
  await expect(page.getByRole('alert')).toContainText('Ask the person who sent it for a fresh link.');
  await page.goto('./answer.html#/answer/k9.abc');
  await expect(page.getByRole('alert')).toContainText('newer version');
  await page.goto('./answer.html#/answer/hello');
  await expect(page.getByRole('alert')).toContainText('not a DSV Studio survey link');
  await page.goto('./answer.html');
  await expect(page.getByRole('alert')).toBeVisible();
  await context.close();
});

test('a panic on the respondent page shows a failure screen in the reader\'s language', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('./answer.html#/selftest/panic');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'El cuestionario se detuvo' })).toBeVisible();
  await expect(alert).toContainText('Sus respuestas no se enviaron');
  const reloaded = page.waitForEvent('load');
  await alert.getByRole('button', { name: 'Recargar la página' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { name: 'El cuestionario se detuvo' })).toBeVisible();
  await context.close();
});
