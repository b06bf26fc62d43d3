// Shared steps for the end-to-end tests.
import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Opens the app at `hash` and waits for its first render. */
export async function open(page, hash = '#/') {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Every `dsv:` entry of local storage, as an object. */
export async function stored(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('dsv:')) out[key] = localStorage.getItem(key);
    }
    return out;
  });
}

/** Imports a backup file through Settings and confirms the replacement. */
export async function importBackup(page, file) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Import workspace from a file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Check before replacing' })).toBeVisible();
  await page.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('status')).toContainText('Workspace imported.');
}

/**
 * The cell of table `table` in row `row` under the column headed `column`, found as a
 * person reads a table: by its row and its column header.
 */
export async function cellAt(table, row, column) {
  // The table may still be rendering (the heat map fills its rows after the first
  // paint): wait until the column is there, as a person would.
  const headings = async () =>
    (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  await expect.poll(headings, { message: `column "${column}"` }).toContain(column);
  const heads = await headings();
  const index = heads.indexOf(column);
  if (index < 1) throw new Error(`no column "${column}" in ${JSON.stringify(heads)}`);
  // The first column holds the row headers; the cells follow it.
  return row.getByRole('cell').nth(index - 1);
}

/** Creates a Kano survey `title` with `features` in the owner's workbench. */
export async function createSurvey(page, title, features) {
  await open(page, '#/kano');
  await page.getByLabel('New survey title').fill(title);
  await page.getByRole('button', { name: 'Create survey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const [i, name] of features.entries()) {
    await page.getByRole('button', { name: 'Add feature' }).click();
    const field = page.getByRole('textbox', { name: 'Feature name' }).nth(i);
    await field.fill(name);
    await field.press('Tab');
  }
}

/** Answers the first `count` features with `answers` ([functional, dysfunctional] labels). */
export async function answerAll(page, count, answers) {
  for (let i = 0; i < count; i++) {
    const [functional, dysfunctional] = answers[i];
    const feature = page.locator('fieldset.q-feature').nth(i);
    await feature.getByRole('radiogroup').nth(0).getByRole('radio', { name: functional }).check();
    await feature.getByRole('radiogroup').nth(1).getByRole('radio', { name: dysfunctional }).check();
  }
}
