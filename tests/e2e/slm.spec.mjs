// Service levels: SLA records CSV into the heat map, reviews and improvements,
// the watermelon warning, the printable report.
import { test, expect } from '@playwright/test';
import { open, fixture, stored, cellAt } from './helpers.mjs';

async function importRecords(page) {
  await open(page, '#/service-levels');
  await page.getByLabel('Import SLA records CSV').setInputFiles(fixture('sla-records.csv'));
  const alert = page.getByRole('alert').filter({ hasText: 'rows ready' });
  await expect(alert).toContainText('6 rows ready, 1 with errors.');
  await expect(alert).toContainText("Line 8: Enter a period such as 2026-01");
  // Nothing is imported until the user chooses the good rows.
  await expect(page.getByRole('table', { name: /Targets per period/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import the good rows' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 6 records; 1 new services and 2 new targets.');
}

test('an SLA records CSV fills the heat map with the breach in the right cell', async ({ page }) => {
  await importRecords(page);
  const map = page.getByRole('table', { name: /Targets per period/ });
  const availability = map.getByRole('row', { name: /E-mail · SLA-001 · Availability/ });
  const breach = await cellAt(map, availability, '2026-02');
  // A cell is named by its status (what a screen reader reads); the symbol is drawn by
  // the stylesheet with that name as its alternative text, so colour is never alone.
  await expect(breach).toHaveAccessibleName('Breached');
  expect(await breach.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"✗" / "Breached"');
  const met = await cellAt(map, availability, '2026-01');
  await expect(met).toHaveAccessibleName('Met');
  expect(await met.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"✓" / "Met"');
  await expect(met).toHaveClass('att-met');
  // ≤ 4 h: exactly 4 is met, "5,25" (decimal comma, quoted) is a breach.
  const response = map.getByRole('row', { name: /Response time/ });
  await expect(await cellAt(map, response, '2026-02')).toHaveAccessibleName('Met');
  await expect(await cellAt(map, response, '2026-03')).toHaveAccessibleName('Breached');
  await expect(availability.getByRole('cell').last()).toHaveText('2 of 3 met');
});

test('a review and an improvement raised by it are kept after reload; the report prints without navigation', async ({ page }) => {
  await importRecords(page);
  await page.getByRole('link', { name: 'E-mail', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mail');

  await page.getByLabel('Date', { exact: true }).fill('2026-03-10');
  await page.getByLabel('Kind', { exact: true }).last().selectOption({ label: 'Event' });
  await page.getByLabel('Trigger (event reviews)').selectOption({ label: 'Major incident' });
  await page.getByLabel('Participants, consumer side (one per line)').fill('Head of sales');
  await page.getByLabel('Participants, provider side (one per line)').fill('Service owner');
  await page.getByLabel('Findings').fill('Outage on 3 February broke the availability target.');
  await page.getByRole('button', { name: 'Add review' }).click();
  await expect(page.getByRole('heading', { name: /Event · Major incident/ })).toBeVisible();

  await page.getByLabel('Title', { exact: true }).fill('Second mail gateway');
  await page.getByLabel('Raised by review').selectOption({ index: 1 });
  await page.getByLabel('Owner').fill('Ana');
  await page.getByRole('button', { name: 'Add improvement' }).click();
  const improvements = page.getByRole('table', { name: 'Improvement opportunities' });
  await expect(improvements.getByRole('row', { name: /Second mail gateway/ })).toContainText('Ana');

  await page.reload();
  await expect(page.getByRole('heading', { name: /Event · Major incident/ })).toBeVisible();
  const row = page.getByRole('table', { name: 'Improvement opportunities' }).getByRole('row', { name: /Second mail gateway/ });
  await expect(row).toContainText('Ana');
  // The review it came from, by date.
  await expect(row.getByRole('cell').nth(4)).toContainText('2026');

  await page.getByRole('link', { name: 'Service review report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service review report: E-mail');
  await expect(page.getByRole('table', { name: /Targets per period/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('table', { name: /Targets per period/ })).toBeVisible();
  await expect(page.getByText('Outage on 3 February broke the availability target.')).toBeVisible();
});

test('the example services show the watermelon case with its reason', async ({ page }) => {
  await open(page, '#/service-levels');
  await page.getByRole('button', { name: 'Add example services' }).click();
  const warnings = page.getByRole('region', { name: /Watermelon warnings/ });
  await expect(warnings.getByRole('listitem').first()).toContainText('Service desk');
  await expect(warnings).toContainText('every target met, but');
  await expect(warnings).not.toContainText('Payroll');
  await page.getByLabel('Language').first().selectOption('ru');
  await expect(page.getByRole('region', { name: /арбуз/i })).toBeVisible();
});


test('a bad SLA CSV row and a file that is not CSV are explained in Spanish', async ({ page }) => {
  await open(page, '#/service-levels');
  await page.getByLabel('Language').first().selectOption('es');
  await page.getByLabel('Importar CSV de registros de SLA').setInputFiles(fixture('sla-records.csv'));
  await expect(page.getByRole('alert').filter({ hasText: 'Línea 8' })).toContainText(
    'Línea 8: Introduzca un periodo como 2026-01, 2026-W05 o 2026-Q1, del mismo tipo que el objetivo. («2026-13» no es un mes, una semana ISO ni un trimestre)');
  await page.getByLabel('Importar CSV de registros de SLA').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('service,agreement,metric\n"E-mail,SLA-001,Availability\n') });
  await expect(page.getByRole('alert')).toContainText('línea 2: un campo entre comillas nunca se cierra.');
  await expect(page.getByRole('alert')).not.toContainText('quoted');
});


test('the availability helper turns a 3-hour outage into 99.58 % for June and records it', async ({ page }) => {
  await open(page, '#/service-levels');
  await page.getByLabel('New service name').fill('Web shop');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web shop');
  await page.getByLabel('Agreement name').fill('SLA-WEB');
  await page.getByRole('button', { name: 'Add agreement' }).click();
  await page.getByLabel('Metric', { exact: true }).fill('Availability');
  await page.getByLabel('Unit', { exact: true }).fill('%');
  await page.getByLabel('Target', { exact: true }).fill('99.5');
  await page.getByRole('button', { name: 'Add target' }).click();

  const helper = page.getByRole('region', { name: 'Availability helper' });
  await expect(helper.getByLabel('Target', { exact: true })).toHaveValue('0');
  // 24×7 is kept.
  await expect(helper.getByLabel('Agreed service hours')).toHaveValue('0');
  await expect(helper).toContainText('Planned maintenance is left out of the agreed service time');
  await helper.getByLabel('Outage start').fill('2026-06-10T10:00');
  await helper.getByLabel('Outage end').fill('2026-06-10T13:00');
  await helper.getByRole('button', { name: 'Add outage' }).click();

  const outages = helper.getByRole('table', { name: 'Outages' });
  await expect(outages.getByRole('row')).toHaveCount(2);
  await expect(outages.getByRole('row').last()).toContainText('Unplanned');
  await expect(outages.getByRole('row').last()).toContainText('3 h 0 min');
  await expect(helper.getByRole('button', { name: /^Delete the outage from .* to / })).toHaveCount(1);

  const results = helper.getByRole('table', { name: /Availability per period/ });
  const june = results.getByRole('row', { name: /^2026-06/ });
  await expect(june).toContainText('720 h 0 min');
  await expect(june.getByRole('cell').last()).toHaveText('99.58');
  // The current month has no outage: its whole budget is left.
  await expect(helper).toContainText('Downtime budget left in');

  await helper.getByRole('button', { name: 'Record these values' }).click();
  await expect(helper.getByRole('status')).toHaveText('Values recorded: 1.');
  const attainment = page.getByRole('table', { name: 'SLA-WEB · Availability: Attainment per target' });
  await expect(attainment.getByRole('row', { name: /2026-06/ })).toContainText('99.58');
  await expect(attainment.getByRole('row', { name: /2026-06/ })).toContainText('Met');

  await page.reload();
  const again = page.getByRole('region', { name: 'Availability helper' });
  await expect(again.getByRole('table', { name: 'Outages' }).getByRole('row')).toHaveCount(2);
  await page.getByLabel('Language').first().selectOption('es');
  await expect(page.getByRole('region', { name: 'Asistente de disponibilidad' })
    .getByRole('row', { name: /^2026-06/ }).getByRole('cell').last()).toHaveText('99,58');
});

// The records grid and editing agreements and targets on a service page.

/** Creates "Web shop" with agreement SLA-WEB and Availability ≥ 99.5 % (warning below 99.7). */
async function webShop(page) {
  await open(page, '#/service-levels');
  await page.getByLabel('New service name').fill('Web shop');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web shop');
  await page.getByLabel('Agreement name').fill('SLA-WEB');
  await page.getByRole('button', { name: 'Add agreement' }).click();
  await page.getByLabel('Metric', { exact: true }).fill('Availability');
  await page.getByLabel('Unit', { exact: true }).fill('%');
  await page.getByLabel('Target', { exact: true }).fill('99.5');
  await page.getByLabel('Warning threshold (optional)').fill('99.7');
  await page.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByRole('table', { name: 'Achieved values per month' })).toBeVisible();
}

/** The agreements section of a service page. */
const agreements = (page) => page.getByRole('region', { name: 'Agreements and targets' });

/** The current month as the app names it, e.g. 2026-11. */
const thisMonth = (page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
});

/** The grid cell (td) holding the input named `name`. */
const cellOf = (page, name) => page.getByRole('cell').filter({ has: page.getByRole('textbox', { name }) });

test('a grid cell takes a decimal comma in Spanish, is kept after reload and drives the status and heat map', async ({ page }) => {
  await webShop(page);
  const month = await thisMonth(page);
  await page.getByLabel('Language').first().selectOption('es');
  const grid = page.getByRole('table', { name: 'Valores logrados por mes' });
  // The last 12 months, the current one first.
  await expect(grid.getByRole('row')).toHaveCount(13);
  await expect(grid.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(month);
  const input = grid.getByRole('textbox', { name: `Availability ${month}: valor logrado` });
  await input.fill('99,6');
  await input.press('Enter');
  await expect(page.getByRole('region', { name: 'Valores logrados' }).getByRole('status')).toHaveText(`Registrado 99,6 para Availability ${month}.`);
  await expect(cellOf(page, `Availability ${month}: valor logrado`)).toContainText('! Advertencia');

  await page.reload();
  const again = page.getByRole('table', { name: 'Valores logrados por mes' })
    .getByRole('textbox', { name: `Availability ${month}: valor logrado` });
  await expect(again).toHaveValue('99,6');
  await expect(cellOf(page, `Availability ${month}: valor logrado`)).toContainText('! Advertencia');
  // A better value, committed by leaving the cell: met.
  await again.fill('99.9');
  await again.press('Tab');
  await expect(cellOf(page, `Availability ${month}: valor logrado`)).toContainText('✓ Cumplido');
  await expect(again).toHaveValue('99,9');

  await page.getByRole('link', { name: 'Todos los servicios' }).click();
  const map = page.getByRole('table', { name: /Objetivos por periodo/ });
  const availability = map.getByRole('row', { name: /Availability/ });
  await expect(await cellAt(map, availability, month)).toHaveAccessibleName('Cumplido');

  // Earlier periods on request; clearing a cell removes its value.
  await page.getByRole('link', { name: 'Web shop', exact: true }).click();
  const grid2 = page.getByRole('table', { name: 'Valores logrados por mes' });
  await page.getByRole('button', { name: 'Mostrar 12 periodos anteriores' }).click();
  await expect(grid2.getByRole('row')).toHaveCount(25);
  const cell = grid2.getByRole('textbox', { name: `Availability ${month}: valor logrado` });
  await cell.fill('');
  await cell.press('Enter');
  await expect(page.getByRole('region', { name: 'Valores logrados' }).getByRole('status')).toHaveText(`Eliminado el valor de Availability ${month}.`);
  await page.reload();
  await expect(page.getByRole('textbox', { name: `Availability ${month}: valor logrado` })).toHaveValue('');
});

test('an invalid grid value shows an alert and changes nothing', async ({ page }) => {
  await webShop(page);
  const month = await thisMonth(page);
  const input = page.getByRole('textbox', { name: `Availability ${month} achieved` });
  await input.fill('99.8');
  await input.press('Enter');
  await expect(cellOf(page, `Availability ${month} achieved`)).toContainText('✓ Met');
  const before = await stored(page);

  await input.fill('99.8%');
  await input.press('Tab');
  await expect(page.getByRole('alert')).toContainText(`Availability ${month}: “99.8%” is not a number`);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(cellOf(page, `Availability ${month} achieved`)).toContainText('✓ Met');
  expect(await stored(page)).toEqual(before);

  // Arrow down moves to the previous month in the same column.
  await input.focus();
  await input.press('ArrowDown');
  await expect(page.getByRole('table', { name: 'Achieved values per month' }).getByRole('textbox').nth(1)).toBeFocused();

  await page.reload();
  await expect(page.getByRole('textbox', { name: `Availability ${month} achieved` })).toHaveValue('99.8');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('editing a target changes the status of its recorded values; a wrong warning is refused', async ({ page }) => {
  await webShop(page);
  const month = await thisMonth(page);
  const input = page.getByRole('textbox', { name: `Availability ${month} achieved` });
  await input.fill('99.6');
  await input.press('Enter');
  await expect(cellOf(page, `Availability ${month} achieved`)).toContainText('! Warning');

  await page.getByRole('button', { name: 'Edit target “Availability”' }).click();
  const form = page.getByRole('form', { name: 'Edit target “Availability”' });
  await expect(form.getByLabel('Metric')).toHaveValue('Availability');
  await expect(form.getByLabel('Target', { exact: true })).toHaveValue('99.5');
  await expect(form.getByLabel('Warning threshold (optional)')).toHaveValue('99.7');
  // A warning below a "≥" target is refused with the reason; nothing changes.
  await form.getByLabel('Warning threshold (optional)').fill('99');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toContainText('The warning threshold must lie on the met side');
  await expect(cellOf(page, `Availability ${month} achieved`)).toContainText('! Warning');

  await form.getByLabel('Target', { exact: true }).fill('99.7');
  await form.getByLabel('Warning threshold (optional)').fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(agreements(page).getByRole('status')).toHaveText('Target saved.');
  await expect(form).toHaveCount(0);
  await expect(cellOf(page, `Availability ${month} achieved`)).toContainText('✗ Breached');
  await expect(input).toHaveValue('99.6');
  await expect(page.getByRole('table', { name: 'Targets', exact: true }).getByRole('row', { name: /Availability/ })).toContainText('≥ 99.70 %');

  await page.reload();
  await expect(cellOf(page, `Availability ${month} achieved`)).toContainText('✗ Breached');
});

test('an agreement is edited, then deleted with its targets and records after confirming', async ({ page }) => {
  await webShop(page);
  const month = await thisMonth(page);
  const input = page.getByRole('textbox', { name: `Availability ${month} achieved` });
  await input.fill('99.9');
  await input.press('Enter');

  await page.getByRole('button', { name: 'Edit agreement “SLA-WEB”' }).click();
  const form = page.getByRole('form', { name: 'Edit agreement “SLA-WEB”' });
  await expect(form.getByLabel('Agreement name')).toHaveValue('SLA-WEB');
  await form.getByLabel('Agreement name').fill(' ');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toHaveText("Enter the agreement's name.");
  await form.getByLabel('Agreement name').fill('SLA-SHOP');
  await form.getByLabel('Status').selectOption({ label: 'Agreed' });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(agreements(page).getByRole('status')).toHaveText('Agreement saved.');
  await expect(page.getByRole('heading', { name: 'SLA-SHOP', exact: true })).toBeVisible();
  await expect(page.getByText('SLA · Agreed')).toBeVisible();
  // The targets and records stay.
  await expect(input).toHaveValue('99.9');

  await page.getByRole('button', { name: 'Delete agreement “SLA-SHOP”' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Deleting agreement “SLA-SHOP” also deletes its targets (1) and their recorded values (1). This cannot be undone.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'SLA-SHOP', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete agreement “SLA-SHOP”' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(agreements(page).getByRole('status')).toContainText('Agreement deleted');
  await expect(page.getByRole('heading', { name: 'SLA-SHOP', exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Achieved values per month' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('No agreements yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Achieved values per month' })).toHaveCount(0);
});
