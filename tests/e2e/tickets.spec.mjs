// Ticket SLAs: a business calendar and a definition, a ticket CSV with a bad row
// (nothing imported until chosen), a breached ticket and its working, the met %
// written into a service level target and shown on the dashboard heat map, the
// column mapping remembered, everything kept after reload, translated headings;
// pauses that name a status count only where the definition lists it; deleting a
// calendar or a definition asks first; holidays come from an .ics file, repeating ones
// expanded over the chosen years with a note of what each gave, and what was not
// fully used told in the page's language.
import { test, expect } from '@playwright/test';
import { open, fixture, cellAt } from './helpers.mjs';

async function setUp(page) {
  // A service with a monthly "Resolution within target" target.
  await open(page, '#/service-levels');
  await page.getByLabel('Import SLA records CSV').setInputFiles(fixture('ticket-targets.csv'));
  await page.getByRole('button', { name: 'Import the good rows' }).click();
  await page.getByRole('link', { name: 'Ticket SLAs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ticket SLAs');

  // An unknown zone is refused with a clear message.
  await page.getByLabel('Calendar name').fill('Office');
  await page.getByLabel('Time zone (IANA)').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mars' })).toContainText("'Mars/Olympus' is not a time zone this browser knows");

  await page.getByLabel('Time zone (IANA)').fill('Europe/Madrid');
  await page.getByLabel('Wednesday working intervals').fill('09:00-12:00, 13:00-17:00');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Calendar saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Office · Europe/Madrid' })).toBeVisible();
  // A second calendar does not replace the first.
  await page.getByRole('button', { name: 'New calendar' }).click();
  await expect(page.getByLabel('Calendar name')).toHaveValue('');
  await page.getByLabel('Calendar name').fill('New York desk');
  await page.getByLabel('Time zone (IANA)').fill('America/New_York');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('button', { name: 'New York desk · America/New_York' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Office · Europe/Madrid' })).toBeVisible();

  await page.getByLabel('Priority', { exact: true }).fill('P1');
  await page.getByLabel('Response target (business hours)').fill('1');
  await page.getByLabel('Resolution target (business hours)').fill('4');
  await page.getByRole('combobox', { name: /^Business calendar/ }).selectOption({ label: 'Office' });
  await page.getByLabel('Statuses that pause the clock (comma separated)').fill('Waiting for customer, Pending vendor');
  await page.getByLabel('Service level target fed by resolution met %').selectOption({ label: 'SLA-T · Resolution within target' });
  await page.getByRole('button', { name: 'Add definition' }).click();
  await expect(page.getByRole('button', { name: 'Delete the definition for Mail P1' })).toBeVisible();
}

test('bad rows wait for a choice; a breached ticket shows its working; met % reaches the heat map; reload keeps it all', async ({ page }) => {
  await setUp(page);

  await page.getByLabel('Import ticket CSV').setInputFiles(fixture('tickets.csv'));
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
  await expect(alert).toContainText('1 rows cannot be imported; 3 good rows are ready. Nothing has been imported yet.');
  await expect(page.getByText("Line 5: created: 'yesterday' is not a date and time")).toBeVisible();
  await expect(page.getByText('No tickets imported yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Import the good rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tickets imported' })).toHaveText('3 tickets imported, 0 updated.');

  // T-2: Tuesday 09:00 to Wednesday 10:00 is 8 h + 1 h of business time, over 4 h.
  const t2 = page.getByRole('row', { name: /^T-2 / });
  await expect(t2.getByRole('cell').nth(5)).toHaveText('9 h 00 min');
  await expect(t2.getByRole('cell').nth(7)).toHaveText('Breached');
  await expect(t2.getByRole('cell').nth(6)).toHaveText('10 Mar 2026 13:00');
  // T-1: Friday 16:30–17:00 and Monday 09:00–11:00; a 2 h pause takes T-3 to exactly 4 h.
  await expect(page.getByRole('row', { name: /^T-1 / }).getByRole('cell').nth(5)).toHaveText('2 h 30 min');
  await expect(page.getByRole('row', { name: /^T-3 / }).getByRole('cell').nth(5)).toHaveText('4 h 00 min');
  await expect(page.getByRole('row', { name: /^T-3 / }).getByRole('cell').nth(7)).toHaveText('Met');

  await page.getByRole('button', { name: 'Show the working of ticket T-2' }).click();
  const working = page.getByRole('region', { name: 'The working of ticket T-2' });
  const resolution = working.getByRole('table', { name: 'Resolution · Office' });
  await expect(resolution.getByRole('row')).toHaveCount(4);
  await expect(resolution.getByRole('row', { name: /10 Mar 2026/ })).toContainText('09:0017:008 h 00 min');
  await expect(resolution.getByRole('row', { name: /11 Mar 2026/ })).toContainText('09:0010:001 h 00 min');
  await expect(resolution.getByRole('row', { name: /Total business time/ })).toContainText('9 h 00 min');

  const periods = page.getByRole('row', { name: /Mail P1 Resolution 2026-03/ });
  await expect(periods).toHaveText(/2\s*1\s*66\.67 %/);

  // Writing met % changes the service's records, which the evaluation does not read:
  // the 50,000-ticket evaluation must not run again for it; a new report date does.
  const evaluations = () => page.evaluate(() => performance.getEntriesByName('dsv:tickets-evaluate').length);
  const evaluated = await evaluations();
  await page.getByRole('button', { name: 'Write met % into the linked targets' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'achieved values' })).toHaveText('1 achieved values written into the linked service level targets.');
  expect(await evaluations()).toBe(evaluated);
  await page.getByLabel('Report date').fill('2026-03-31');
  await expect.poll(evaluations).toBe(evaluated + 1);

  await page.reload();
  await expect(page.getByRole('row', { name: /^T-2 / }).getByRole('cell').nth(7)).toHaveText('Breached');
  await expect(page.getByRole('button', { name: 'Office · Europe/Madrid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete the definition for Mail P1' })).toBeVisible();

  await page.getByRole('link', { name: 'Service levels' }).first().click();
  const map = page.getByRole('table', { name: /Targets per period/ });
  const row = map.getByRole('row', { name: /Mail · SLA-T · Resolution within target/ });
  await expect(await cellAt(map, row, '2026-03')).toHaveAccessibleName('Breached');

  await page.getByLabel('Language').first().selectOption('es');
  await page.getByRole('link', { name: 'SLA de tickets' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SLA de tickets');
  await expect(page.getByRole('heading', { name: 'Por periodo, servicio y prioridad' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^T-2 / }).getByRole('cell').nth(7)).toHaveText('Incumplido');
});

test('a tool export with other headers is mapped once and the mapping is remembered', async ({ page }) => {
  await setUp(page);
  await page.getByLabel('Import ticket CSV').setInputFiles(fixture('tickets-jira.csv'));
  await expect(page.getByRole('alert').filter({ hasText: 'no column' })).toContainText("The file has no column for first_response, resolved.");
  await page.getByLabel('Column for first_response').selectOption('Responded');
  await page.getByLabel('Column for resolved').selectOption('Closed');
  await page.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tickets imported' })).toHaveText('1 tickets imported, 0 updated.');
  await expect(page.getByRole('row', { name: /^X-1 / }).getByRole('cell').nth(5)).toHaveText('1 h 00 min');

  await page.reload();
  await page.getByLabel('Import ticket CSV').setInputFiles(fixture('tickets-jira.csv'));
  await expect(page.getByRole('status').filter({ hasText: 'tickets imported' })).toHaveText('0 tickets imported, 1 updated.');
});

test('a pause in a status stops the clock only when the definition lists that status', async ({ page }) => {
  await setUp(page);
  const definition = page.getByRole('row', { name: /^Mail P1 / });
  await expect(definition).toContainText('Waiting for customer, Pending vendor');

  await page.getByLabel('Import ticket CSV').setInputFiles(fixture('tickets-statuses.csv'));
  await expect(page.getByRole('status').filter({ hasText: 'tickets imported' })).toHaveText('3 tickets imported, 0 updated.');
  // 09:00-15:00 is 6 h; the 2 h pause counts for "waiting for customer" (listed, any
  // case), not for "In progress"; a pause without a status always counts.
  const resolution = (id) => page.getByRole('row', { name: new RegExp(`^${id} `) }).getByRole('cell').nth(5);
  await expect(resolution('S-1')).toHaveText('4 h 00 min');
  await expect(resolution('S-2')).toHaveText('6 h 00 min');
  await expect(resolution('S-3')).toHaveText('5 h 00 min');
  await expect(page.getByRole('row', { name: /^S-1 / }).getByRole('cell').nth(7)).toHaveText('Met');
  await expect(page.getByRole('row', { name: /^S-2 / }).getByRole('cell').nth(7)).toHaveText('Breached');

  await page.getByRole('button', { name: 'Show the working of ticket S-1' }).click();
  const working = page.getByRole('region', { name: 'The working of ticket S-1' });
  const table = working.getByRole('table', { name: 'Resolution · Office' });
  await expect(table.getByRole('row', { name: /Total business time/ })).toContainText('4 h 00 min');

  // Kept after reload (the statuses are stored with the tickets).
  await page.reload();
  await expect(resolution('S-1')).toHaveText('4 h 00 min');
  await expect(resolution('S-2')).toHaveText('6 h 00 min');
});

test('deleting a definition or a calendar asks first; cancel keeps it, confirming removes it for good', async ({ page }) => {
  await setUp(page);
  const deleteDefinition = page.getByRole('button', { name: 'Delete the definition for Mail P1' });
  await deleteDefinition.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(deleteDefinition).toBeVisible();
  await expect(page.getByRole('row', { name: /^Mail P1 / })).toBeVisible();

  // A calendar in use is not deleted, and says why.
  await page.getByRole('button', { name: 'Delete calendar Office' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'used by a ticket SLA definition' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete for good' })).toHaveCount(0);

  await deleteDefinition.click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('No ticket SLA definitions yet.')).toBeVisible();

  const newYork = page.getByRole('listitem').filter({ hasText: 'New York desk' });
  await page.getByRole('button', { name: 'Delete calendar New York desk' }).click();
  await newYork.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'New York desk · America/New_York' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete calendar New York desk' }).click();
  await newYork.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('button', { name: 'New York desk · America/New_York' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('No ticket SLA definitions yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New York desk · America/New_York' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Office · Europe/Madrid' })).toBeVisible();
});

test('holidays are imported from an .ics file over the chosen years; a non-calendar file changes nothing', async ({ page }) => {
  await open(page, '#/service-levels/tickets');
  await page.getByLabel('Calendar name').fill('Office');
  await page.getByLabel('Time zone (IANA)').fill('Europe/Madrid');
  const holidays = page.getByLabel('Holidays (one date per line, YYYY-MM-DD)');
  await holidays.fill('2027-01-01');
  await page.getByLabel('From year').fill('2027');
  await page.getByLabel('To year').fill('2027');
  await page.getByLabel('Import holidays from an .ics file').setInputFiles(fixture('holidays.ics'));
  // New Year is already listed: Epiphany (folded) and the monthly Team day of 2027 are new.
  const teamDays = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}-15`);
  const expected = ['2027-01-01', '2027-01-06', ...teamDays].sort().join('\n');
  await expect(page.getByRole('status').filter({ hasText: 'holidays added' })).toHaveText('13 holidays added from the file.');
  await expect(holidays).toHaveValue(expected);
  await expect(page.getByRole('list', { name: 'What the file gave' }).getByRole('listitem')).toHaveText(['Team day: monthly rule expanded 2027, 12 dates']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Calendar saved.' })).toBeVisible();

  // A file that is not a calendar: told in the page's language, nothing changed.
  await page.getByLabel('Language').first().selectOption('es');
  await page.getByLabel('Importar festivos de un archivo .ics').setInputFiles(fixture('tickets.csv'));
  await expect(page.getByRole('alert')).toHaveText('El archivo no es un archivo iCalendar (.ics); no se importó nada.');
  await expect(page.getByLabel(/^Festivos \(/)).toHaveValue(expected);

  await page.reload();
  await page.getByRole('button', { name: 'Office · Europe/Madrid' }).click();
  await expect(page.getByLabel(/^Festivos \(/)).toHaveValue(expected);
});

test('repeating holidays (RRULE, EXDATE, RDATE) are expanded and noted; cancelled and free timed events are left out; an unsupported rule is named', async ({ page }) => {
  await open(page, '#/service-levels/tickets');
  // No tickets yet: from this year to five years ahead.
  const thisYear = await page.evaluate(() => new Date().getFullYear());
  await expect(page.getByLabel('From year')).toHaveValue(String(thisYear));
  await expect(page.getByLabel('To year')).toHaveValue(String(thisYear + 5));

  await page.getByLabel('Calendar name').fill('US office');
  await page.getByLabel('Time zone (IANA)').fill('America/New_York');
  const holidays = page.getByLabel('Holidays (one date per line, YYYY-MM-DD)');
  const ics = page.getByLabel('Import holidays from an .ics file');

  // Years that are not a range are refused before anything is read.
  await page.getByLabel('From year').fill('2031');
  await page.getByLabel('To year').fill('2026');
  await ics.setInputFiles(fixture('holidays-rules.ics'));
  await expect(page.getByRole('alert')).toHaveText('Choose the years between 1970 and 2200, the first not after the last; nothing was imported.');
  await expect(holidays).toHaveValue('');

  await page.getByLabel('From year').fill('2026');
  await page.getByLabel('To year').fill('2027');
  await ics.setInputFiles(fixture('holidays-rules.ics'));
  await expect(page.getByRole('status').filter({ hasText: 'holidays added' })).toHaveText('15 holidays added from the file.');
  await expect(holidays).toHaveValue([
    '2026-01-01', // New Year's Day (all day, shown as free: still a holiday)
    '2026-01-31', '2026-02-28', // month-end closing, COUNT=6 less EXDATE 2026-03-31
    '2026-04-30',
    '2026-05-11', // week 20 Monday: unsupported rule, its first date only
    '2026-05-25', // Memorial Day, last Monday of May
    '2026-05-31', '2026-06-30',
    '2026-11-26', '2026-11-27', // Thanksgiving, fourth Thursday, two days
    '2026-12-31', // RDATE
    '2027-01-01', '2027-05-31', '2027-11-25', '2027-11-26',
  ].join('\n'));
  await expect(page.getByRole('list', { name: 'What the file gave' }).getByRole('listitem')).toHaveText([
    "New Year's Day: yearly rule expanded 2026–2027, 2 dates",
    'Memorial Day: yearly rule expanded 2026–2027, 2 dates',
    'Thanksgiving: yearly rule expanded 2026–2027, 2 dates',
    'Month-end closing: monthly rule expanded 2026–2027, 6 dates',
    'line 32: “Company picnic” is cancelled (STATUS:CANCELLED): not a holiday.',
    'line 38: “Team call” is a timed event shown as free (TRANSP:TRANSPARENT): not a holiday.',
  ]);
  await expect(page.getByRole('alert')).toHaveText('Check these events of the file: line 50: “Week 20 Monday”: the rule part “BYWEEKNO=20” is not supported; only its first date was taken.');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Calendar saved.' })).toBeVisible();

  // In Russian, the next import's note is Russian; the dates are already there.
  await page.getByLabel('Language').first().selectOption('ru');
  await page.getByLabel('Импортировать праздники из файла .ics').setInputFiles(fixture('holidays-rules.ics'));
  await expect(page.getByRole('list', { name: 'Что дал файл' }).getByRole('listitem').first()).toHaveText("New Year's Day: ежегодное правило развёрнуто на 2026–2027, 2 даты");
  await expect(page.getByRole('status').filter({ hasText: 'Добавлено' })).toHaveText('Добавлено праздников из файла: 0.');
  await page.reload();
  await page.getByRole('button', { name: 'US office · America/New_York' }).click();
  await expect(page.getByLabel(/^Праздники \(/)).toHaveValue(/^2026-01-01\n2026-01-31\n[\s\S]*2027-11-26$/);
});

test('the per-ticket table pages forward and back through every ticket', async ({ page }) => {
  await setUp(page);
  // 120 tickets: pages of 50, 50 and 20, ids zero-padded so the file order is plain.
  const id = (n) => `P-${String(n).padStart(3, '0')}`;
  const rows = Array.from({ length: 120 }, (_, i) =>
    `${id(i + 1)},Mail,P1,2026-03-10T09:00:00+01:00,2026-03-10T09:30:00+01:00,2026-03-10T11:00:00+01:00,`);
  await page.getByLabel('Import ticket CSV').setInputFiles({
    name: 'many.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['id,service,priority,created,first_response,resolved,pauses', ...rows].join('\n')),
  });
  // Every row is good, so they are imported at once.
  await expect(page.getByRole('status').filter({ hasText: 'tickets imported' })).toHaveText('120 tickets imported, 0 updated.');

  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Ticket' }) });
  const ids = table.getByRole('row', { name: /^P-\d{3} / });
  const next = page.getByRole('button', { name: 'Next page' });
  const previous = page.getByRole('button', { name: 'Previous page' });
  const pages = [[1, 50], [51, 100], [101, 120]];
  const expectPage = async (number) => {
    const [first, last] = pages[number - 1];
    await expect(page.getByText(`Page ${number} of 3 (120 tickets)`)).toBeVisible();
    await expect(ids).toHaveCount(last - first + 1);
    await expect(ids.first().getByRole('rowheader')).toHaveText(id(first));
    await expect(ids.last().getByRole('rowheader')).toHaveText(id(last));
  };

  await expectPage(1);
  await expect(previous).toBeDisabled();
  await expect(next).toHaveText('Next page');
  for (const number of [2, 3]) {
    await next.click();
    await expectPage(number);
  }
  await expect(next).toBeDisabled();
  for (const number of [2, 1]) {
    await previous.click();
    await expectPage(number);
  }
  await expect(previous).toBeDisabled();
  await expect(next).toBeEnabled();
});

test('a ticket open for more than 20 years is named and left out, not counted short', async ({ page }) => {
  await setUp(page);
  await page.getByLabel('Import ticket CSV').setInputFiles({
    name: 'old.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([
      'id,service,priority,created,first_response,resolved,pauses',
      'OLD-1,Mail,P1,1990-01-02 09:00,,,',
      'NEW-1,Mail,P1,2026-03-10 09:00,2026-03-10 09:30,2026-03-10 11:00,',
    ].join('\n')),
  });
  await expect(page.getByRole('status').filter({ hasText: 'tickets imported' })).toHaveText('2 tickets imported, 0 updated.');
  await page.getByLabel('Report date').fill('2026-03-31');
  const problem = page.getByRole('alert').filter({ hasText: 'OLD-1' });
  await expect(problem).toHaveText(/Ticket OLD-1 is left out: 13,2\d\d days from its creation to its stop or the report date, and business time is counted over at most 20 years\./);
  await expect(page.getByRole('row', { name: /^OLD-1 / })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /^NEW-1 / }).getByRole('cell').nth(7)).toHaveText('Met');
  await page.getByLabel('Language').first().selectOption('ru');
  await expect(page.getByRole('alert').filter({ hasText: 'OLD-1' })).toContainText(/Заявка OLD-1 не учитывается: 13\s2\d\d дн\./);
});
