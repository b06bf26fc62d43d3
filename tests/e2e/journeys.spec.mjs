// Customer journeys: list, map editing, moves, undo/redo, curve, persistence.
import { test, expect } from '@playwright/test';
import { open, stored } from './helpers.mjs';
import { readFile } from 'node:fs/promises';

async function createJourney(page, name) {
  await open(page, '#/journeys');
  await page.getByLabel('New journey name').fill(name);
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Titles of the touchpoints of one step, in order. */
async function titles(page, step) {
  return page
    .getByRole('region', { name: step, exact: true })
    .getByRole('textbox', { name: 'Touchpoint' })
    .evaluateAll((inputs) => inputs.map((i) => i.value));
}

async function addTouchpoint(page, step, title, emotion) {
  await page.getByRole('button', { name: `Add touchpoint to ${step}` }).click();
  const region = page.getByRole('region', { name: step, exact: true });
  const field = region.getByRole('textbox', { name: 'Touchpoint' }).last();
  await field.fill(title);
  await field.press('Tab');
  const card = page.getByRole('article', { name: title });
  await card.getByRole('combobox', { name: 'Emotion' }).selectOption(String(emotion));
  return card;
}

test('build a map in three steps, reorder by keyboard and by drag, and keep it after reload', async ({ page }) => {
  await createJourney(page, 'Laptop for a new starter');
  await addTouchpoint(page, 'Explore', 'Reads the intranet', 1);
  await addTouchpoint(page, 'Agree', 'Signs the request', 0);
  await addTouchpoint(page, 'Agree', 'Waits for approval', -2);
  await addTouchpoint(page, 'Realize', 'Works from day one', 2);
  expect(await titles(page, 'Agree')).toEqual(['Signs the request', 'Waits for approval']);

  // Keyboard: move "Waits for approval" earlier within Agree, with its named button.
  const earlier = page.getByRole('button', { name: 'Move “Waits for approval” earlier' });
  await earlier.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => titles(page, 'Agree')).toEqual(['Waits for approval', 'Signs the request']);
  // Focus stays on the moved card's button: Enter again carries it back into Offer.
  await expect(page.getByRole('button', { name: 'Move “Waits for approval” earlier' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => titles(page, 'Offer')).toEqual(['Waits for approval']);
  await expect(page.getByRole('button', { name: 'Move “Waits for approval” later' })).not.toBeFocused();
  await page.getByRole('button', { name: 'Move “Waits for approval” later' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => titles(page, 'Agree')).toEqual(['Waits for approval', 'Signs the request']);
  await expect(page.getByRole('button', { name: 'Move “Waits for approval” later' })).toBeFocused();

  // Drag: "Works from day one" dropped on the "Signs the request" card goes before it.
  await page
    .getByRole('article', { name: 'Works from day one' })
    .getByTitle('Drag to move')
    .dragTo(page.getByRole('article', { name: 'Signs the request' }).getByRole('button', { name: 'Delete “Signs the request”' }));
  await expect.poll(() => titles(page, 'Agree')).toEqual(['Waits for approval', 'Works from day one', 'Signs the request']);
  expect(await titles(page, 'Realize')).toEqual([]);

  await page.reload();
  await expect.poll(() => titles(page, 'Explore')).toEqual(['Reads the intranet']);
  expect(await titles(page, 'Agree')).toEqual(['Waits for approval', 'Works from day one', 'Signs the request']);
  await expect(page.getByRole('article', { name: 'Waits for approval' }).getByRole('combobox', { name: 'Emotion' })).toHaveValue('-2');

  // The insights panel lists the lowest touchpoint first.
  await expect(page.getByRole('region', { name: 'Insights' }).getByRole('listitem').first()).toContainText('Waits for approval');
});

test('a map edit is saved shortly after, and at once when the page is left', async ({ page }) => {
  await createJourney(page, 'Saving journey');
  await addTouchpoint(page, 'Engage', 'Calls the desk', 0);
  const storedTitles = async () => Object.entries(await stored(page))
    .filter(([k]) => k.startsWith('dsv:journey:'))
    .flatMap(([, v]) => JSON.parse(v).body.touchpoints.map((t) => t.title));
  await expect.poll(storedTitles).toEqual(['Calls the desk']);
  // Edit and reload at once, before the deferred save: leaving the page saves it.
  const field = page.getByRole('region', { name: 'Engage', exact: true }).getByRole('textbox', { name: 'Touchpoint' });
  await field.fill('Chats with the desk');
  await field.dispatchEvent('change');
  await page.reload();
  await expect.poll(() => titles(page, 'Engage')).toEqual(['Chats with the desk']);
  expect(await storedTitles()).toEqual(['Chats with the desk']);
});

test('undo and redo every map edit, with buttons and with Ctrl+Z', async ({ page }) => {
  await createJourney(page, 'Undo journey');
  await addTouchpoint(page, 'Offer', 'Compares offers', 0);
  await page.getByRole('button', { name: 'Delete “Compares offers”' }).click();
  expect(await titles(page, 'Offer')).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titles(page, 'Offer')).toEqual(['Compares offers']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => titles(page, 'Offer')).toEqual([]);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => titles(page, 'Offer')).toEqual(['Compares offers']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => titles(page, 'Offer')).toEqual([]);

  // A move across steps and an emotion change are undone one at a time, in order.
  await addTouchpoint(page, 'Agree', 'Signs', 1);
  const emotion = page.getByRole('article', { name: 'Signs' }).getByRole('combobox', { name: 'Emotion' });
  await page.getByRole('button', { name: 'Move “Signs” earlier' }).click();
  await expect.poll(() => titles(page, 'Offer')).toEqual(['Signs']);
  await emotion.selectOption('-2');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(emotion).toHaveValue('1');
  expect(await titles(page, 'Offer')).toEqual(['Signs']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titles(page, 'Agree')).toEqual(['Signs']);
  await expect(emotion).toHaveValue('1');
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => titles(page, 'Offer')).toEqual(['Signs']);
  await expect(emotion).toHaveValue('-2');
});

test('Enter in a field of a card submits nothing: the map stays and keeps the edit', async ({ page }) => {
  await createJourney(page, 'Enter journey');
  await addTouchpoint(page, 'Onboard', 'Gets a badge', 0);
  const url = page.url();
  const field = page.getByRole('region', { name: 'Onboard', exact: true }).getByRole('textbox', { name: 'Touchpoint' });
  await field.fill('Gets a badge and a desk');
  await field.press('Enter');
  await field.press('Tab');
  await expect(page.getByRole('article', { name: 'Gets a badge and a desk' })).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter journey');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titles(page, 'Onboard')).toEqual(['Gets a badge']);
});

test('an edit on a card changes only that card, the insights and the undo button in the page', async ({ page }) => {
  // A map of 3 steps x 4 touchpoints, stored as the app stores it.
  const touchpoints = ['explore', 'offer', 'realize'].flatMap((step, s) => Array.from({ length: 4 }, (_, i) => ({
    id: `tp-${s}-${i}`, step, title: `Touchpoint ${s}.${i}`, emotion: 0,
  })));
  await open(page, '#/journeys');
  await page.evaluate((doc) => localStorage.setItem('dsv:journey:scope', doc),
    JSON.stringify({ v: 2, body: { id: 'scope', name: 'Scope journey', touchpoints } }));
  await page.reload();
  await page.getByRole('link', { name: 'Scope journey' }).click();
  await expect(page.getByRole('article')).toHaveCount(12);
  // Where each DOM change of the next edit happened (the card by id, or the part of
  // the page around it) and its kind (attributes, characterData for text, childList).
  const watch = () => page.evaluate(() => {
    window.changes = new Set();
    const where = (node) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      const card = el.closest('article');
      if (card) return card.id;
      return el.closest('.insights') ? 'insights' : el.closest('.map-toolbar') ? 'toolbar' : el.outerHTML.slice(0, 60);
    };
    new MutationObserver((records) => records.forEach((r) => window.changes.add(`${where(r.target)} ${r.type}`)))
      .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const changes = () => page.evaluate(() => [...window.changes].sort());
  const explore = page.getByRole('region', { name: 'Insights' }).getByRole('row', { name: /Explore/ });

  await watch();
  await page.getByRole('article', { name: 'Touchpoint 0.2' }).getByRole('combobox', { name: 'Emotion' }).selectOption('-2');
  await expect(explore.getByRole('cell').last()).toHaveText('−0.5');
  // The card's colour, one average's text, Undo enabled; no other card, no column.
  expect(await changes()).toEqual(['insights characterData', 'toolbar attributes', 'touchpoint-tp-0-2 attributes']);

  await watch();
  const title = page.getByRole('article', { name: 'Touchpoint 1.3' }).getByRole('textbox', { name: 'Touchpoint' });
  await title.fill('Renamed');
  await title.press('Tab');
  await expect(page.getByRole('article', { name: 'Renamed' })).toBeVisible();
  // The card's name on itself and its buttons.
  expect(await changes()).toEqual(['touchpoint-tp-1-3 attributes']);
});

test('the experience curve is drawn where the touchpoints are', async ({ page }) => {
  await createJourney(page, 'Curve journey');
  await addTouchpoint(page, 'Explore', 'High point', 2);
  await addTouchpoint(page, 'Onboard', 'Low point', -2);
  const canvas = page.getByRole('img', { name: 'Experience curve' });
  await expect(canvas).toBeVisible();
  // The canvas covers the part of the map in view and is redrawn as the map scrolls:
  // bring each card into view, then sample the canvas over the card's centre at the
  // emotion's height.
  const sample = async (title, emotions) => {
    await page.getByRole('article', { name: title }).scrollIntoViewIfNeeded();
    return canvas.evaluate((c, [title, emotions]) => new Promise((resolve) => {
      // Two frames: the scroll is handled, then the curve is redrawn.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const card = document.querySelector(`article.touchpoint[aria-label="${title}"]`).getBoundingClientRect();
        const box = c.getBoundingClientRect();
        const ratio = c.width / c.clientWidth;
        const x = Math.round(((card.left + card.right) / 2 - box.left) * ratio);
        const top = 10 * ratio;
        const plot = c.height - 2 * top;
        const ctx = c.getContext('2d');
        const dark = (emotion) => {
          const y = Math.round(top + ((2.4 - emotion) / 4.8) * plot);
          const px = ctx.getImageData(x - 2, y - 2, 5, 5).data;
          for (let i = 0; i < px.length; i += 4) if (px[i] < 200 && px[i + 3] > 0) return true;
          return false;
        };
        resolve({ inside: x >= 2 && x <= c.width - 3, dark: emotions.map(dark) });
      }));
    }), [title, emotions]);
  };
  const high = await sample('High point', [2]);
  expect(high).toEqual({ inside: true, dark: [true] });
  // The low point, and nothing drawn above it.
  const low = await sample('Low point', [-2, 2]);
  expect(low).toEqual({ inside: true, dark: [true, false] });
});

test('user text is shown as text, never run as HTML', async ({ page }) => {
  await createJourney(page, '<img src=x onerror="window.pwned=1">');
  await addTouchpoint(page, 'Engage', '<script>window.pwned=2</script>', 0);
  await open(page, '#/journeys');
  await expect(page.getByRole('link', { name: '<img src=x onerror="window.pwned=1">' })).toBeVisible();
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(await page.locator('main img, main script').count()).toBe(0);
});

test('journeys list: search, duplicate and delete with confirmation', async ({ page }) => {
  await createJourney(page, 'Onboarding');
  await createJourney(page, 'Offboarding');
  await open(page, '#/journeys');
  const list = page.getByRole('main').getByRole('list');
  await page.getByRole('button', { name: 'Duplicate “Onboarding”' }).click();
  await expect(list.getByRole('link')).toHaveText(['Onboarding', 'Copy of Onboarding', 'Offboarding']);
  await page.getByLabel('Search journeys by name').fill('off');
  await expect(list.getByRole('link')).toHaveText(['Offboarding']);
  await page.getByLabel('Search journeys by name').fill('');
  await page.getByRole('button', { name: 'Delete “Copy of Onboarding”' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(list.getByRole('link')).toHaveText(['Onboarding', 'Offboarding']);
  const keys = Object.keys(await stored(page)).filter((k) => k.startsWith('dsv:journey:'));
  expect(keys).toHaveLength(2);
});

test('the stakeholder grid places a stakeholder in its quadrant', async ({ page }) => {
  await createJourney(page, 'Stakeholder journey');
  await page.getByLabel('New stakeholder name').fill('Head of HR');
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  const table = page.getByRole('table', { name: 'Stakeholders' });
  await table.getByRole('combobox', { name: 'Influence — Head of HR' }).selectOption('5');
  await table.getByRole('combobox', { name: 'Interest — Head of HR' }).selectOption('1');
  await expect(table.getByRole('row', { name: /Head of HR/ }).getByRole('cell').nth(5)).toHaveText('Keep satisfied');
  // The consumer-blue point sits in the top-left quadrant (high influence, low interest).
  const where = await page.getByRole('img', { name: 'Stakeholder map' }).evaluate((c) => {
    const { data, width, height } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let sx = 0, sy = 0, n = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] === 0x1f && data[i + 1] === 0x5f && data[i + 2] === 0xbf) { sx += x; sy += y; n++; }
    }
    return { x: sx / n / width, y: sy / n / height, n };
  });
  expect(where.n).toBeGreaterThan(20);
  expect(where.x).toBeLessThan(0.45);
  expect(where.y).toBeLessThan(0.45);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Stakeholders' }).getByRole('cell', { name: 'Keep satisfied' })).toBeVisible();
});

test('a persona from the library is attached to journeys and lists them', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByRole('link', { name: 'Persona library' }).click();
  await page.getByLabel('New persona name').fill('Nadia Petrova');
  await page.getByRole('button', { name: 'Create persona' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nadia Petrova');
  await page.getByLabel('Archetype').fill('New starter');
  await page.getByLabel('Archetype').press('Tab');
  await createJourney(page, 'First day');
  await page.getByRole('group', { name: 'Personas' }).getByRole('checkbox', { name: 'Nadia Petrova' }).check();
  await page.getByRole('link', { name: 'Persona library' }).click();
  await expect(page.getByRole('main').getByRole('listitem')).toContainText(['NPNadia PetrovaNew starter']);
  await page.getByRole('link', { name: 'Nadia Petrova' }).click();
  await expect(page.getByRole('region', { name: 'Journeys with this persona' }).getByRole('link')).toHaveText(['First day']);
  // Deleting the persona detaches it from the journey.
  await page.getByRole('button', { name: 'Delete persona…' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('No personas yet.')).toBeVisible();
  const journey = Object.entries(await stored(page)).find(([k]) => k.startsWith('dsv:journey:'))[1];
  expect(JSON.parse(journey).body.persona_ids).toEqual([]);
});

test('the example journey is complete and follows the language', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('button', { name: 'Añadir recorrido de ejemplo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Los nuevos empleados se preparan para trabajar');
  for (const step of ['Explorar', 'Involucrar', 'Ofrecer', 'Acordar', 'Incorporar', 'Cocrear', 'Obtener valor']) {
    const count = await page.getByRole('region', { name: step, exact: true }).getByRole('article').count();
    expect(count, step).toBeGreaterThanOrEqual(2);
  }
  await expect(page.getByRole('table', { name: 'Partes interesadas' }).getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('group', { name: 'Perfiles' }).getByRole('checkbox', { name: 'Lucía Fernández' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Conclusiones' })).toContainText('Portátil listo el primer día');
});

test('a journey shared as a link opens read-only elsewhere and can be saved as a copy', async ({ page, browser }) => {
  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Add example journey' }).click();
  await page.getByRole('button', { name: 'Share as link' }).click();
  const url = await page.getByLabel(/Link to this journey/).inputValue();
  expect(url).toMatch(/#\/share\/j4\.[A-Za-z0-9_-]+$/);
  await expect(page.getByText(/^[\d,]+ characters$/)).toBeVisible();

  // Someone else, with an empty workspace, opens the link.
  const other = await browser.newContext({ locale: 'en-GB' });
  const them = await other.newPage();
  await them.goto(url);
  await expect(them.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
  await expect(them.getByRole('region', { name: 'Onboard' }).getByRole('listitem')).toHaveCount(3);
  expect(Object.keys(await stored(them)).filter((k) => k.startsWith('dsv:journey:'))).toEqual([]);
  await them.getByRole('button', { name: 'Save a copy to my workspace' }).click();
  await expect(them.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
  await expect(them.getByRole('textbox', { name: 'Name' }).first()).toHaveValue('New employees get ready to work');
  expect(Object.keys(await stored(them)).filter((k) => k.startsWith('dsv:journey:'))).toHaveLength(1);

  // A damaged link says so and changes nothing.
  await them.goto(url.slice(0, url.length - 40));
  await expect(them.getByRole('alert')).toContainText('damaged or incomplete');
  await other.close();
});

test('a journey exported as JSON imports back as a copy; a bad file changes nothing', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Add example journey' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const path = test.info().outputPath('journey.json');
  await (await download).saveAs(path);
  await open(page, '#/journeys');
  await page.getByLabel('Import a journey from a JSON file').setInputFiles(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
  await open(page, '#/journeys');
  await expect(page.getByRole('main').getByRole('list').getByRole('link')).toHaveCount(2);
  const before = await stored(page);
  await page.getByLabel('Import a journey from a JSON file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dsv-studio"}') });
  await expect(page.getByRole('alert')).toContainText('not a DSV Studio journey');
  expect(await stored(page)).toEqual(before);
});

test('the map downloads as a valid PNG and as SVG, without prompts', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Add example journey' }).click();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download map as PNG' }).click();
  const pngPath = test.info().outputPath('map.png');
  await (await png).saveAs(pngPath);
  const bytes = await readFile(pngPath);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect([width, height]).toEqual([2 * (130 + 15 * 170), 2 * 640]);

  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download map as SVG' }).click();
  const svgPath = test.info().outputPath('map.svg');
  await (await svg).saveAs(svgPath);
  const text = await readFile(svgPath, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('Compares workplace IT');
  expect(text).not.toContain('What does the customer do here?');
});

test('the print layout keeps the map and drops navigation and controls', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Add example journey' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add touchpoint to Explore' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Realize', exact: true })).toBeVisible();
  const overflow = await page.locator('.map-scroll').evaluate((el) => getComputedStyle(el).overflowX);
  expect(overflow).toBe('visible');
});
