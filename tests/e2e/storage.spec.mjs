// Workspace backup, bad imports, unreadable entries, full storage and other tabs.
import { test, expect } from '@playwright/test';
import { fixture, importBackup, open, stored } from './helpers.mjs';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

test('backup export then import round-trips the workspace', async ({ page }) => {
  await open(page);
  await importBackup(page, fixture('v2-backup.json'));
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveText(['New starter gets a laptop']);
  const before = await stored(page);

  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dsv-studio-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = test.info().outputPath('backup.json');
  await file.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8'));
  expect(exported.format).toBe('dsv-studio');
  expect(exported.workspace.services[0].agreements[0].targets[0].records).toHaveLength(2);

  // Reset asks first, then empties the workspace.
  await page.getByRole('button', { name: 'Reset workspace…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status')).toContainText('Workspace reset.');
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByText('No journeys in this workspace yet.')).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Import workspace from a file').setInputFiles(path);
  const preview = page.getByRole('table').filter({ hasText: 'The file holds' });
  await expect(preview.getByRole('row', { name: /Period records/ })).toContainText('2');
  await page.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('status')).toContainText('Workspace imported.');

  const after = await stored(page);
  for (const key of Object.keys(before).filter((k) => k !== 'dsv:index')) {
    expect(JSON.parse(after[key]), key).toEqual(JSON.parse(before[key]));
  }
  await page.reload();
  await page.getByRole('link', { name: 'Kano surveys' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'Workplace IT features' })).toBeVisible();
});

test('an older backup is upgraded and says so', async ({ page }) => {
  await open(page, '#/settings');
  await page.getByLabel('Import workspace from a file').setInputFiles(fixture('v1-backup.json'));
  await expect(page.getByText('Upgraded from format version 1')).toBeVisible();
  await expect(page.getByText('Exported on 1 Jun 2026')).toBeVisible();
  await page.getByRole('button', { name: 'Replace workspace' }).click();
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveText(['Report a broken printer']);
});

for (const [name, content, message] of [
  ['broken.json', '{"format": "dsv-studio", "version": 2, "workspace": {', 'it is not JSON'],
  ['foreign.json', '{"journeys": []}', 'This file is not a DSV Studio backup.'],
  ['newer.json', '{"format": "dsv-studio", "version": 99, "workspace": {}}', 'newer DSV Studio'],
  ['invalid.json', '{"format": "dsv-studio", "version": 2, "workspace": {"personas": [{"id": "has space", "name": "x"}]}}', 'damaged or incomplete'],
]) {
  test(`importing ${name} shows an error and changes nothing`, async ({ page }) => {
    await open(page);
    await importBackup(page, fixture('v2-backup.json'));
    const before = await stored(page);
    await page.getByLabel('Import workspace from a file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('button', { name: 'Replace workspace' })).toHaveCount(0);
    expect(await stored(page)).toEqual(before);
    await page.getByRole('link', { name: 'Journeys' }).click();
    await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveText(['New starter gets a laptop']);
  });
}

test('a broken backup is explained in Spanish, the parser\'s English detail folded and marked as English', async ({ page }) => {
  await open(page, '#/settings');
  await page.getByLabel('Language').first().selectOption('es');
  await page.getByLabel('Importar espacio de trabajo desde un archivo').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "dsv-studio", "version": 2, "workspace": {'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Este archivo no es una copia de DSV Studio: no es JSON.');
  const detail = alert.getByText(/EOF while parsing/);
  await expect(detail).toBeHidden();
  await alert.getByText('Detalle técnico (en inglés)').click();
  await expect(detail).toBeVisible();
  await expect(detail).toHaveAttribute('lang', 'en');
});

for (const [what, workspace, reason] of [
  ['a value that does not fit', '{"personas": [{"id": "p1", "name": "A"}, {"id": "p2"}]}', 'Persona n.º 2: falta el campo «name».'],
  ['a broken rule', '{"journeys": [{"id": "j1", "name": "J", "persona_ids": ["ghost"]}]}', '«Recorrido» «j1» remite a «persona» «ghost», que no existe.'],
]) {
  test(`a backup refused for ${what} says why in Spanish`, async ({ page }) => {
    await open(page, '#/settings');
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByLabel('Importar espacio de trabajo desde un archivo').setInputFiles({
      name: 'refused.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`{"format": "dsv-studio", "version": 4, "workspace": ${workspace}}`),
    });
    const alert = page.getByRole('alert');
    await expect(alert.getByText(reason, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reemplazar espacio de trabajo' })).toHaveCount(0);
  });
}

for (const [lang, label, surrogate, huge] of [
  ['en', 'Import workspace from a file', 'Line 2, column 57: a \\u escape does not name a whole character (half of a surrogate pair).', 'Line 3, column 37: a number is too large to read.'],
  ['es', 'Importar espacio de trabajo desde un archivo', 'Línea 2, columna 57: un escape \\u no nombra un carácter completo (media pareja sustituta).', 'Línea 3, columna 37: un número es demasiado grande para leerlo.'],
  ['ru', 'Импортировать рабочую область из файла', 'Строка 2, столбец 57: экранирование \\u не задаёт целый символ (половина суррогатной пары).', 'Строка 3, столбец 37: число слишком велико, чтобы его прочитать.'],
]) {
  test(`a backup with a lone surrogate or 1e400 says what is wrong and where (${lang})`, async ({ page }) => {
    await open(page, '#/settings');
    await page.getByLabel('Language').first().selectOption(lang);
    for (const [body, reason] of [
      ['{"format": "dsv-studio", "version": 4,\n "workspace": {"personas": [{"id": "p1", "name": "\\ud800"}]}}', surrogate],
      ['{"format": "dsv-studio", "version": 4,\n "workspace": {"personas": [\n {"id": "p1", "name": "A", "x": 1e400}]}}', huge],
    ]) {
      await page.getByLabel(label).setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(page.getByRole('alert')).toContainText(reason);
    }
  });
}

test('a stored entry holding [] or null is called "not in the expected form" and a later save leaves it alone', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    localStorage.setItem('dsv:journey:j1', '[]');
    localStorage.setItem('dsv:persona:p9', 'null');
  });
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Some stored data could not be read' });
  await expect(alert).toContainText('dsv:journey:j1: it is JSON, but not in the expected form');
  await expect(alert).toContainText('dsv:persona:p9: it is JSON, but not in the expected form');
  await expect(alert).not.toContainText('not valid JSON');
  // A change elsewhere is saved; the entries stay exactly as they were.
  await page.getByRole('link', { name: 'Journeys' }).first().click();
  await page.getByLabel('New journey name').fill('Another');
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect.poll(async () => Object.keys(await stored(page)).filter((k) => k.startsWith('dsv:journey:')).length).toBe(2);
  const after = await stored(page);
  expect(after['dsv:journey:j1']).toBe('[]');
  expect(after['dsv:persona:p9']).toBe('null');
  await page.getByLabel('Language').first().selectOption('ru');
  await expect(page.getByRole('alert').filter({ hasText: 'dsv:journey:j1' })).toContainText('это JSON, но не в ожидаемой форме');
});

test('an unreadable stored entry is reported, downloadable, and never overwritten', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('dsv:journey:j1', '{"v":2,"body":{"id":"j1",'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some stored data could not be read');
  await expect(alert).toContainText('dsv:journey:j1');

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download raw text' }).click();
  const path = test.info().outputPath('raw.txt');
  await (await download).saveAs(path);
  expect(await readFile(path, 'utf8')).toBe('{"v":2,"body":{"id":"j1",');

  // Importing a backup with the same journey id is refused while the entry is unread.
  await importBackup(page, fixture('v2-backup.json')).catch(() => {});
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  expect((await stored(page))['dsv:journey:j1']).toBe('{"v":2,"body":{"id":"j1",');

  // Discarding it (after confirming) lets the pending save through.
  await alert.getByRole('button', { name: 'Discard…' }).click();
  await alert.getByRole('button', { name: 'Discard for good' }).click();
  await expect(page.getByText('Some stored data could not be read')).toHaveCount(0);
  await expect.poll(async () => JSON.parse((await stored(page))['dsv:journey:j1']).body.name).toBe('New starter gets a laptop');
});

test('a full storage quota keeps the change in the tab and the stored data intact', async ({ page }) => {
  await open(page);
  await importBackup(page, fixture('v1-backup.json'));
  const before = await stored(page);
  // Fill the browser's real quota.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length >= 16) {
      try {
        localStorage.setItem(`filler:${i}`, chunk);
        i++;
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await page.getByLabel('Import workspace from a file').setInputFiles(fixture('v2-backup.json'));
  await page.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('alert')).toContainText('Browser storage is full');
  // The change is visible in this tab, the stored data is as before.
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveText(['New starter gets a laptop']);
  expect(await stored(page)).toEqual(before);

  // Once there is room, saving again stores the change.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler:')) localStorage.removeItem(key);
  });
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText('Browser storage is full')).toHaveCount(0);
  expect(Object.keys(await stored(page))).toContain('dsv:journey:j1');
  expect(JSON.parse((await stored(page))['dsv:journey:j1']).body.name).toBe('New starter gets a laptop');
});

test('a change saved in another tab is picked up', async ({ page, context }) => {
  await open(page, '#/journeys');
  const other = await context.newPage();
  await open(other);
  await importBackup(other, fixture('v2-backup.json'));
  await expect(page.getByRole('status')).toContainText('Updated with changes made in another tab.');
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveText(['New starter gets a laptop']);
});

test('a stale tab never overwrites the other tab: the user chooses', async ({ page, context }) => {
  await open(page);
  await importBackup(page, fixture('v1-backup.json'));
  // Make this tab hold an unsaved change: its save fails while storage is full...
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length >= 16) {
      try { localStorage.setItem(`filler:${i}`, chunk); i++; } catch { chunk = chunk.slice(0, chunk.length / 2); }
    }
  });
  await page.getByLabel('Import workspace from a file').setInputFiles(fixture('v2-backup.json'));
  await page.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('alert')).toContainText('Browser storage is full');
  // ...then another tab frees room and saves its own change.
  const other = await context.newPage();
  await open(other, '#/settings');
  await other.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler:')) localStorage.removeItem(key);
  });
  await other.getByRole('button', { name: 'Reset workspace…' }).click();
  await other.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(other.getByRole('status')).toContainText('Workspace reset.');

  await expect(page.getByRole('alert')).toContainText('changed in another tab');
  // Retrying does not overwrite; the other tab's (empty) workspace stays stored.
  expect(Object.keys(await stored(page)).filter((k) => k.startsWith('dsv:journey:'))).toEqual([]);
  await page.getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(page.getByText('changed in another tab')).toHaveCount(0);
  expect(JSON.parse((await stored(page))['dsv:journey:j1']).body.name).toBe('New starter gets a laptop');
});

/** Fills local storage to its real quota, leaving exactly `room` characters free. */
async function fillQuota(page, room = 0) {
  await page.evaluate((room) => {
    if (room > 0) localStorage.setItem('room', 'r'.repeat(room - 'room'.length));
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length >= 1) {
      try {
        localStorage.setItem(`filler:${i}`, chunk);
        i++;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    localStorage.removeItem('room');
  }, room);
}

/** A backup of `n` journeys of about `size` characters each, and nothing else. */
function bigBackup(n, size) {
  const base = JSON.parse(readFileSync(fixture('v2-backup.json'), 'utf8'));
  const template = base.workspace.journeys[0];
  const journeys = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `b${String(i).padStart(3, '0')}`,
    name: `Restored journey ${i}`,
    persona_ids: [],
    touchpoints: template.touchpoints.map((t) => ({ ...t, pain_points: ['p'.repeat(size)] })),
  }));
  return {
    name: 'big-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...base, workspace: { journeys, personas: [], surveys: [], responses: [], services: [] } })),
  };
}

test('a restore that does not fit leaves the stored workspace exactly as it was, and says so once', async ({ page }) => {
  await open(page);
  await importBackup(page, fixture('v2-backup.json'));
  const before = await stored(page);
  // Room for about a third of the backup: 202 journeys of some 4,000 characters.
  await fillQuota(page, 300_000);
  await page.getByLabel('Import workspace from a file').setInputFiles(bigBackup(202, 2_000));
  await expect(page.getByRole('heading', { name: 'Check before replacing' })).toBeVisible();
  await page.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('alert')).toContainText('Browser storage is full');
  await expect(page.getByText('Workspace imported.')).toHaveCount(0);
  expect(await stored(page)).toEqual(before);

  // After a reload the old workspace is there, whole: its journey, survey and service.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveText(['New starter gets a laptop']);
  await page.getByRole('link', { name: 'Kano surveys' }).click();
  await expect(page.getByRole('main').getByText('Workplace IT features')).toBeVisible();
  expect(await stored(page)).toEqual(before);
});

test('replacing with the example workspace that does not fit keeps the stored workspace whole', async ({ page }) => {
  await open(page);
  await importBackup(page, fixture('v2-backup.json'));
  const before = await stored(page);
  await fillQuota(page, 8_000);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load example workspace' }).click();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await page.getByRole('button', { name: 'Yes, replace my data' }).click();
  await expect(page.getByRole('alert')).toContainText('Browser storage is full');
  await expect(page.getByText('The example workspace was loaded.')).toHaveCount(0);
  expect(await stored(page)).toEqual(before);
});

test('a language chosen while storage is full is used in the page and the user is told it is not remembered', async ({ page }) => {
  await open(page);
  await fillQuota(page);
  const language = page.getByRole('combobox', { name: /Language|Idioma/ });
  await language.selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('alert')).toContainText('no se recordará');
  // As told: after a reload the choice is gone.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Choose again, make room, and "Try saving again" stores it.
  await language.selectOption('es');
  await expect(page.getByRole('alert')).toContainText('no se recordará');
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler:')) localStorage.removeItem(key);
  });
  await page.getByRole('button', { name: 'Intentar guardar de nuevo' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
