// Kano surveys: design, share as a link, answer on another device, collect the
// response code, analyse, import a CSV and export the results.
import { test, expect } from '@playwright/test';
import { open, fixture, createSurvey, answerAll } from './helpers.mjs';
import { readFile } from 'node:fs/promises';

test('a survey shared as a link is answered elsewhere and its code is counted once', async ({ page, browser }) => {
  await createSurvey(page, 'Laptop service', ['Offline mode', 'Dark theme', 'Live chat']);
  // The questions are written from the feature name.
  await expect(page.getByRole('textbox', { name: 'Question if the feature is available (functional)' }).first())
    .toHaveValue('How would you feel if Offline mode were available?');

  await page.getByRole('link', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
  expect(link).toMatch(/#\/answer\/k2\./);
  await expect(page.getByRole('img', { name: 'QR code of the link to the questionnaire' })).toBeVisible();

  // A respondent on another device: empty storage, a phone-sized screen.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  const respondent = await phone.newPage();
  await respondent.goto(link);
  await expect(respondent.getByRole('heading', { name: 'Laptop service' })).toBeVisible();
  await expect(respondent.getByRole('navigation')).toHaveCount(0);
  // Submitting with an open question points at it.
  await answerAll(respondent, 2, [['I like it', 'I dislike it'], ['I like it', 'I am neutral']]);
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  await expect(respondent.getByRole('alert')).toContainText('Live chat');
  await expect(respondent.locator('fieldset.q-feature').nth(2).getByRole('radio').first()).toBeFocused();
  await answerAll(respondent, 3, [['I like it', 'I dislike it'], ['I like it', 'I am neutral'], ['I expect it', 'I dislike it']]);
  await respondent.getByRole('button', { name: 'Send answers' }).click();
  const code = await respondent.getByRole('textbox', { name: 'Your response code' }).inputValue();
  expect(code).toMatch(/^r1\./);
  expect(await respondent.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dsv:')))).toEqual([]);
  await phone.close();

  // The owner pastes the code: one response, analysed.
  await page.getByRole('link', { name: 'Collect' }).click();
  await page.getByRole('textbox', { name: 'Response codes, one per line' }).fill(code);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByRole('status')).toContainText('Line 1: accepted');
  await page.getByRole('textbox', { name: 'Response codes, one per line' }).fill(code);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 1: rejected: this respondent is already counted');
  await expect(page.getByText('1 response', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Analyse' }).click();
  const table = page.getByRole('table', { name: 'Kano evaluation per feature' });
  const row = (name) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Offline mode').getByRole('cell').nth(7)).toHaveText('One-dimensional');
  await expect(row('Dark theme').getByRole('cell').nth(7)).toHaveText('Attractive');
  await expect(row('Live chat').getByRole('cell').nth(7)).toHaveText('Must-be');
  await expect(page.getByRole('img', { name: 'Better against |Worse|' })).toBeVisible();

  // After a reload everything is still there.
  await page.reload();
  await expect(row('Live chat').getByRole('cell').nth(7)).toHaveText('Must-be');
});

test('a responses CSV imports its good rows and the results export matches the native check', async ({ page }) => {
  await createSurvey(page, 'Fixture', ['Offline mode', 'Dark theme', 'Live chat']);
  await page.getByRole('link', { name: 'Collect' }).click();
  await page.getByLabel('Import responses CSV').setInputFiles(fixture('kano-responses.csv'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('20 rows read: 19 answers from 7 respondents ready; 1 row with errors.');
  await expect(page.getByRole('button', { name: 'Import the good rows (19)' })).toBeVisible();
  await expect(alert).toContainText('Line 20: the survey has no feature called “Coffee machine”');
  await page.getByRole('button', { name: /Import the good rows/ }).click();
  await expect(page.getByRole('status')).toContainText('Responses imported.');
  await expect(page.getByText('7 responses', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Analyse' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results CSV' }).click();
  const path = test.info().outputPath('results.csv');
  await (await download).saveAs(path);
  expect(await readFile(path, 'utf8')).toBe(await readFile(fixture('kano-results.csv'), 'utf8'));
});

test('a damaged or crafted survey link shows a message, never the app or HTML', async ({ page }) => {
  await page.goto('./#/answer/k1.AAAA%3Cscript%3E');
  await expect(page.getByRole('alert')).toContainText('This survey link is damaged or incomplete.');
  await page.goto('./#/answer/k9.abc');
  await expect(page.getByRole('alert')).toContainText('newer version');
  await page.goto('./#/answer/hello');
  await expect(page.getByRole('alert')).toContainText('not a DSV Studio survey link');
});

test('a link with one typo is refused as damaged; odd and huge codes are refused with their reason', async ({ page, browser }) => {
  await createSurvey(page, 'Typo check', ['Offline mode', 'Dark theme']);
  await page.getByRole('link', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
  // One character changed in the middle of the payload.
  const at = link.indexOf('k2.') + 3 + 10;
  const typo = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  const other = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await other.goto(typo);
  await expect(other.getByRole('alert')).toContainText('This survey link is damaged or incomplete.');
  await expect(other.getByRole('heading', { name: 'Typo check' })).toHaveCount(0);
  await other.context().close();

  await page.getByRole('link', { name: 'Collect' }).click();
  const box = page.getByRole('textbox', { name: 'Response codes, one per line' });
  await box.fill('r0.AAAAAAAAAAAAAAAAAAAAAAAA');
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 1: rejected: not a DSV Studio response code');
  // A megabyte pasted at once is refused whole, at once.
  await box.fill('r1.' + 'A'.repeat(1 << 20));
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Too much text' }))
    .toHaveText('Too much text to read as codes: paste fewer codes at a time (under 100,000 characters).');
  expect((await box.inputValue()).length).toBe(100_000);
});

test('the example survey is analysed at once, in Spanish too', async ({ page }) => {
  await open(page, '#/kano');
  await page.getByRole('button', { name: 'Add example survey' }).click();
  await expect(page.getByRole('table', { name: 'Kano evaluation per feature' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'respondents analysed' })).toContainText('60 respondents analysed');
  await page.getByLabel('Language').first().selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: 'Analizar' })).toBeVisible();
});

test('kiosk mode collects one respondent after another into the workspace', async ({ page }) => {
  await createSurvey(page, 'Kiosk survey', ['Offline mode']);
  await page.getByRole('link', { name: 'Share' }).click();
  await page.getByRole('link', { name: 'Start kiosk mode on this device' }).click();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  for (let i = 0; i < 2; i++) {
    await answerAll(page, 1, [['I like it', 'I dislike it']]);
    await page.getByRole('button', { name: 'Send answers' }).click();
    await expect(page.getByRole('status')).toContainText('Your answers are saved.');
    await page.getByRole('button', { name: 'Next respondent' }).click();
    await expect(page.getByRole('radio', { name: 'I like it' }).first()).not.toBeChecked();
  }
  await page.getByRole('link', { name: 'Leave kiosk mode' }).click();
  await expect(page.getByText('2 responses', { exact: true })).toBeVisible();
});
