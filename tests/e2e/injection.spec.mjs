// User text never becomes markup: script and HTML payloads typed into every text field
// of every workspace, and carried by every import and share link, show as typed and
// create nothing. (No field of the app takes a URL; the payload carries `javascript:`
// anyway, so a field that made a link of it would be caught by the `a[href]` check.)
import { test, expect } from '@playwright/test';
import { open, stored, importBackup } from './helpers.mjs';
import { readFile } from 'node:fs/promises';

const PAYLOAD = '<img src=x onerror=alert(1)>"><svg onload=alert(2)>javascript:alert(3)';
/** Payloads that fit a segment choice (40 characters). */
const SHORT = ['<img src=x onerror=alert(4)>', '"><svg onload=alert(5)>'];

/** Fails the test on any dialog: every payload that runs opens one. */
function watchDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

/** Elements the payload would have made, had it been parsed as HTML. */
async function madeFromPayload(page) {
  return page.evaluate(() => [
    ...document.querySelectorAll('[onerror], [onload], img[src="x"], a[href^="javascript:"], iframe, object, embed'),
  ].map((el) => el.outerHTML.slice(0, 120)));
}

async function expectClean(page, dialogs, where) {
  expect(dialogs, `dialogs at ${where}`).toEqual([]);
  expect(await madeFromPayload(page), `elements made at ${where}`).toEqual([]);
}

/** The ids of the stored documents of one kind. */
const ids = (entries, kind) =>
  Object.keys(entries).filter((k) => k.startsWith(`dsv:${kind}:`)).map((k) => k.slice(`dsv:${kind}:`.length));

async function goTo(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await expect(page.getByRole('heading').first(), hash).toBeVisible();
  // Lets deferred sections render. The idle callbacks have a deadline: on a busy
  // machine a page may not go idle for a long time, and this wait must not hang.
  await page.evaluate(() => new Promise((done) => {
    const idle = (next) => requestIdleCallback(next, { timeout: 5000 });
    idle(() => idle(() => requestAnimationFrame(() => done())));
  }));
}

/**
 * Types the payload into every visible, editable text field of the page's main
 * region, leaving each with Tab so that fields saved on change are saved too.
 * Returns how many fields took it.
 */
async function fillEvery(page) {
  const boxes = page.getByRole('main').getByRole('textbox');
  let filled = 0;
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    if (!(await box.isVisible()) || !(await box.isEditable())) continue;
    await box.fill(PAYLOAD);
    await box.press('Tab');
    filled++;
  }
  return filled;
}

/** Every route of the app, with the ids of what the workspace holds. */
async function routes(page) {
  const entries = await stored(page);
  const list = ['#/', '#/journeys', '#/personas', '#/kano', '#/service-levels', '#/service-levels/improvements',
    '#/service-levels/tickets', '#/settings'];
  for (const id of ids(entries, 'journey')) list.push(`#/journeys/${id}`, `#/journeys/${id}/present`);
  for (const id of ids(entries, 'persona')) list.push(`#/personas/${id}`);
  for (const id of ids(entries, 'survey')) {
    list.push(`#/kano/${id}`, `#/kano/${id}/share`, `#/kano/${id}/collect`, `#/kano/${id}/analyse`,
      `#/kano/${id}/present`, `#/kano/${id}/kiosk`);
  }
  for (const id of ids(entries, 'service')) list.push(`#/service-levels/${id}`, `#/service-levels/${id}/report`);
  return list;
}

/** A workspace whose every text field holds the payload: the example one, overwritten. */
async function payloadWorkspace(page) {
  await open(page, '#/');
  await page.getByRole('button', { name: 'Load example workspace' }).click();
  await expect.poll(async () => ids(await stored(page), 'service').length).toBeGreaterThan(0);
  await goTo(page, '#/service-levels/tickets');
  await page.getByRole('button', { name: 'Add example tickets' }).click();
  await expect.poll(async () => Object.keys(await stored(page)).some((k) => k.startsWith('dsv:tickets:'))).toBe(true);

  const entries = await stored(page);
  const pages = [
    ...ids(entries, 'journey').map((id) => `#/journeys/${id}`),
    ...ids(entries, 'persona').map((id) => `#/personas/${id}`),
    ...ids(entries, 'survey').map((id) => `#/kano/${id}`),
    ...ids(entries, 'service').map((id) => `#/service-levels/${id}`),
    '#/service-levels/tickets',
  ];
  const filled = {};
  for (const hash of pages) {
    await goTo(page, hash);
    filled[hash] = await fillEvery(page);
  }
  // Every kind of page had fields to fill.
  for (const [hash, count] of Object.entries(filled)) expect(count, hash).toBeGreaterThan(0);
  // The edits are stored (the typing delay has passed once the payload is in storage).
  // One journey, two personas, one survey and four services hold it.
  const escaped = JSON.stringify(PAYLOAD).slice(1, -1);
  await expect.poll(async () => Object.values(await stored(page)).filter((v) => v.includes(escaped)).length)
    .toBeGreaterThanOrEqual(8);
  return filled;
}

test('payloads typed into every text field show as typed on every page, in print, and in the SVG map', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs = watchDialogs(page);
  await payloadWorkspace(page);
  await expectClean(page, dialogs, 'after typing');

  await page.reload();
  await expect(page.getByRole('navigation').first()).toBeVisible();
  for (const hash of await routes(page)) {
    await goTo(page, hash);
    await expectClean(page, dialogs, hash);
  }

  // The text shows as typed where lists, presentations and reports show names.
  const entries = await stored(page);
  const journey = ids(entries, 'journey')[0];
  const survey = ids(entries, 'survey')[0];
  const service = ids(entries, 'service')[0];
  await goTo(page, '#/journeys');
  await expect(page.getByRole('main').getByRole('link', { name: PAYLOAD, exact: true }).first()).toBeVisible();
  await goTo(page, '#/personas');
  await expect(page.getByRole('main').getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
  await goTo(page, `#/journeys/${journey}/present`);
  await expect(page.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
  await goTo(page, `#/kano/${survey}/analyse`);
  await expect(page.getByRole('table', { name: 'Kano evaluation per feature' }).getByText(PAYLOAD, { exact: true }).first())
    .toBeVisible();
  await goTo(page, `#/service-levels/${service}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PAYLOAD);

  // Print layout of the map.
  await goTo(page, `#/journeys/${journey}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD);
  await page.emulateMedia({ media: 'screen' });

  // The map as SVG: the payload is escaped text inside <text>, never an element.
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download map as SVG' }).click();
  const svgPath = test.info().outputPath('map.svg');
  await (await svg).saveAs(svgPath);
  const text = await readFile(svgPath, 'utf8');
  // (Long text is wrapped over lines, so the check reads it in pieces.)
  expect(text).toContain('&lt;img src=x');
  expect(text).toContain('onerror=alert(1)&gt;&quot;&gt;&lt;svg');
  expect(text).not.toContain('<img');
  expect(text.match(/<svg/g)).toHaveLength(1);
  // And as PNG, without a prompt.
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download map as PNG' }).click();
  const bytes = await readFile(await (await png).path());
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await expectClean(page, dialogs, 'exports');
});

/** Checks the first choice of every question of a questionnaire, then sends it. */
async function answerEverything(page) {
  // Every set of choices (the two Kano questions, importance, segment) by its name.
  const names = await page.getByRole('radio').evaluateAll((radios) => [...new Set(radios.map((r) => r.name))]);
  expect(names.length).toBeGreaterThan(20);
  for (const name of names) await page.locator(`input[type=radio][name="${name}"]`).first().check();
  await page.getByRole('button', { name: 'Send answers' }).click();
  return page.getByRole('textbox', { name: 'Your response code' }).inputValue();
}

test('payloads travel as text through journey and survey links, response codes and a backup', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const dialogs = watchDialogs(page);
  await open(page, '#/');
  await page.getByRole('button', { name: 'Load example workspace' }).click();
  await expect.poll(async () => ids(await stored(page), 'survey').length).toBe(1);
  const entries = await stored(page);
  const journey = ids(entries, 'journey')[0];
  const survey = ids(entries, 'survey')[0];
  for (const hash of [`#/journeys/${journey}`, `#/kano/${survey}`]) {
    await goTo(page, hash);
    expect(await fillEvery(page)).toBeGreaterThan(10);
  }

  // The journey's share link, opened by someone else and saved as a copy.
  await goTo(page, `#/journeys/${journey}`);
  await page.getByRole('button', { name: 'Share as link' }).click();
  const journeyLink = await page.getByLabel(/Link to this journey/).inputValue();
  const other = await browser.newContext({ locale: 'en-GB' });
  const them = await other.newPage();
  const theirDialogs = watchDialogs(them);
  await them.goto(journeyLink);
  await expect(them.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD);
  await expectClean(them, theirDialogs, 'shared journey');
  await them.getByRole('button', { name: 'Save a copy to my workspace' }).click();
  await expect(them.getByRole('textbox', { name: 'Name' }).first()).toHaveValue(PAYLOAD);
  await expectClean(them, theirDialogs, 'saved copy');
  await other.close();

  // Features that all share one name give no link (the respondent's page would
  // refuse it as damaged); the share tab says what to fix, as text.
  await goTo(page, `#/kano/${survey}/share`);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Two features have the same name');
  await expect(refusal).toContainText(`The segment choice has ${PAYLOAD.length} characters; at most 40 fit.`);
  await expect(page.getByRole('textbox', { name: 'Link to the questionnaire' })).toHaveCount(0);
  await goTo(page, `#/kano/${survey}`);
  await page.getByRole('textbox', { name: 'Segment choices, one per line' }).fill(SHORT.join('\n'));
  const names = page.getByRole('textbox', { name: 'Feature name' });
  for (let i = 0; i < (await names.count()); i++) {
    await names.nth(i).fill(`${PAYLOAD} ${i + 1}`);
    await names.nth(i).press('Tab');
  }

  // The survey's link, answered on a phone; the code counted by the owner.
  await goTo(page, `#/kano/${survey}/share`);
  const surveyLink = await page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const respondent = await phone.newPage();
  const phoneDialogs = watchDialogs(respondent);
  await respondent.goto(surveyLink);
  await expect(respondent.getByRole('heading', { name: PAYLOAD, exact: true })).toBeVisible();
  // Sending with nothing answered names the first question: the payload, as text.
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  await expect(respondent.getByRole('alert')).toContainText(`${PAYLOAD} 1`);
  await expect(respondent.getByRole('radio', { name: SHORT[0], exact: true })).toBeVisible();
  await expectClean(respondent, phoneDialogs, 'questionnaire');
  const code = await answerEverything(respondent);
  expect(code).toMatch(/^r1\./);
  await expectClean(respondent, phoneDialogs, 'thanks page');
  await phone.close();
  await goTo(page, `#/kano/${survey}/collect`);
  await page.getByRole('textbox', { name: 'Response codes, one per line' }).fill(`${code}\n${PAYLOAD}`);
  await page.getByRole('button', { name: 'Add responses' }).click();
  const outcome = page.getByRole('alert').filter({ hasText: 'accepted' });
  await expect(outcome).toContainText('1 accepted, 1 rejected.');
  await expect(outcome).toContainText('Line 1: accepted');
  await expect(outcome).toContainText('Line 2: rejected: not a DSV Studio response code');
  await expectClean(page, dialogs, 'codes');

  // A backup of it all, restored in another browser.
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace' }).click();
  const path = test.info().outputPath('backup.json');
  await (await download).saveAs(path);
  const restore = await browser.newContext({ locale: 'en-GB' });
  const fresh = await restore.newPage();
  const freshDialogs = watchDialogs(fresh);
  await open(fresh, '#/');
  await importBackup(fresh, path);
  await goTo(fresh, '#/journeys');
  await expect(fresh.getByRole('main').getByRole('link', { name: PAYLOAD, exact: true })).toBeVisible();
  await goTo(fresh, `#/kano/${survey}/analyse`);
  await expect(fresh.getByRole('table', { name: 'Kano evaluation per feature' }).getByText(`${PAYLOAD} 1`, { exact: true }))
    .toBeVisible();
  await expectClean(fresh, freshDialogs, 'restored backup');
  await restore.close();
  await expectClean(page, dialogs, 'owner');
});

/** A CSV cell holding `text`, quoted as RFC 4180 says. */
const cell = (text) => `"${text.replaceAll('"', '""')}"`;
const file = (name, text, mimeType = 'text/csv') => ({ name, mimeType, buffer: Buffer.from(text) });

test('payloads in imported CSV and calendar files show as text; formula cells round-trip as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  // Kano responses: a payload respondent is imported, a payload feature is refused by line.
  await open(page, '#/kano');
  await page.getByLabel('New survey title').fill('Formulas');
  await page.getByRole('button', { name: 'Create survey' }).click();
  for (const [i, name] of ['=1+2', '@SUM(A1)'].entries()) {
    await page.getByRole('button', { name: 'Add feature' }).click();
    const field = page.getByRole('textbox', { name: 'Feature name' }).nth(i);
    await field.fill(name);
    await field.press('Tab');
  }
  await page.getByRole('link', { name: 'Collect' }).click();
  const responses = ['respondent,feature,functional,dysfunctional',
    `${cell(PAYLOAD)},'=1+2,like,dislike`,
    `${cell(PAYLOAD)},'@SUM(A1),expect,dislike`,
    `r2,${cell(PAYLOAD)},like,dislike`].join('\n');
  await page.getByLabel('Import responses CSV').setInputFiles(file('responses.csv', responses));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('3 rows read: 2 answers from 1 respondent ready; 1 row with errors.');
  await expect(alert).toContainText(`Line 4: the survey has no feature called “${PAYLOAD}”`);
  await page.getByRole('button', { name: /Import the good rows/ }).click();
  await expect(page.getByRole('status')).toContainText('Responses imported.');
  await expect(page.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
  await expectClean(page, dialogs, 'Kano CSV');
  // The results export writes the formula-like names with the guard, as the import read them.
  await page.getByRole('link', { name: 'Analyse' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results CSV' }).click();
  const results = (await readFile(await (await download).path(), 'utf8')).split('\n');
  expect(results[1].startsWith("'=1+2,1,")).toBe(true);
  expect(results[2].startsWith("'@SUM(A1),1,")).toBe(true);

  // SLA records: a payload service, agreement and metric become names shown as text.
  await open(page, '#/service-levels');
  const records = ['service,agreement,metric,unit,direction,target,period,achieved',
    `${cell(PAYLOAD)},${cell(PAYLOAD)},${cell(PAYLOAD)},%,>=,99,2026-01,99.5`].join('\n');
  await page.getByLabel('Import SLA records CSV').setInputFiles(file('records.csv', records));
  await page.getByRole('button', { name: 'Import the good rows' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 1 records');
  await expect(page.getByRole('main').getByRole('link', { name: PAYLOAD, exact: true }).first()).toBeVisible();
  await expectClean(page, dialogs, 'SLA CSV');

  // Tickets and holidays: a payload ticket id and a payload holiday name.
  await open(page, '#/service-levels/tickets');
  const tickets = ['id,service,priority,created,first_response,resolved,pauses',
    `${cell(PAYLOAD)},${cell(PAYLOAD)},P1,2026-03-10T09:00:00Z,,2026-03-10T10:00:00Z,`].join('\n');
  await page.getByLabel('Import ticket CSV').setInputFiles(file('tickets.csv', tickets));
  await expect(page.getByRole('main')).toContainText(PAYLOAD);
  await expectClean(page, dialogs, 'ticket CSV');
  const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `SUMMARY:${PAYLOAD}`, 'DTSTART;VALUE=DATE:notadate',
    'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  await page.getByLabel('Import holidays from an .ics file').setInputFiles(file('holidays.ics', ics, 'text/calendar'));
  await expect(page.getByRole('main')).toContainText('notadate');
  await expectClean(page, dialogs, 'calendar');
});
