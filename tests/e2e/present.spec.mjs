// Presentation mode: a journey and Kano results full window, moved with the keys a
// keyboard or clicker sends, left with Escape; large type at projector sizes.
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

/** Pixels of a chart canvas that are not white (what has been drawn). */
async function inked(canvas) {
  return canvas.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n++;
    }
    return n;
  });
}

async function exampleJourney(page) {
  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Add example journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
}

/** No horizontal scrolling anywhere, the slide heading large and on screen. */
async function fitsTheScreen(page) {
  await expect(page.locator('.present h1')).toBeVisible();
  const sizes = await page.evaluate(() => {
    const root = document.documentElement;
    const slide = document.querySelector('.present-slide');
    const h1 = document.querySelector('.present h1');
    const box = h1.getBoundingClientRect();
    return {
      page: root.scrollWidth - root.clientWidth,
      slide: slide.scrollWidth - slide.clientWidth,
      font: parseFloat(getComputedStyle(h1).fontSize),
      right: box.right,
      width: window.innerWidth,
    };
  });
  expect(sizes.page).toBeLessThanOrEqual(0);
  expect(sizes.slide).toBeLessThanOrEqual(0);
  expect(sizes.font).toBeGreaterThanOrEqual(32);
  expect(sizes.right).toBeLessThanOrEqual(sizes.width);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Next' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeInViewport();
}

test('a journey is presented step by step with the keys and left with Escape', async ({ page }) => {
  await exampleJourney(page);
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/#\/journeys\/[\w-]+\/present$/);
  const status = page.getByRole('status');
  await expect(status).toHaveText('Title');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

  const curve = page.getByRole('img', { name: 'Experience curve' });
  await expect(curve).toBeVisible();
  const empty = await inked(curve);

  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Step 1 of 7');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');
  await expect.poll(() => inked(curve)).toBeGreaterThan(empty);
  const one = await inked(curve);

  await page.keyboard.press('PageDown');
  await expect(status).toHaveText('Step 2 of 7');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engage');
  await expect.poll(() => inked(curve)).toBeGreaterThan(one);
  // Each touchpoint of the step shows its title, channel and emotion.
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Channel: E-mail');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(status).toHaveText('Step 3 of 7');
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText('Step 2 of 7');
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText('Step 1 of 7');

  // Onboard has the moment of truth; the curve table lists what is drawn so far.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Step 5 of 7');
  await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('★ Moment of truth');
  await page.getByText('The curve so far, as a table').click();
  await expect(page.getByRole('table', { name: 'Experience curve' }).getByRole('row')).toHaveCount(1 + 11);

  await page.keyboard.press('End');
  await expect(status).toHaveText('Summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the journey tells us');
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(status).toHaveText('Title');

  // A deep link survives a reload.
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Title');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('status')).toHaveText('Step 1 of 7');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page).toHaveURL(/#\/journeys\/[\w-]+$/);
  await expect(page.getByRole('link', { name: 'Present' })).toBeFocused();
});

test('the Exit button leaves too, and Kano results are presented feature by feature', async ({ page }) => {
  await open(page, '#/kano');
  await page.getByRole('button', { name: 'Add example survey' }).click();
  await expect(page.getByRole('table', { name: 'Kano evaluation per feature' })).toBeVisible();
  const features = await page.getByRole('table', { name: 'Kano evaluation per feature' }).locator('tbody tr').count();
  expect(features).toBeGreaterThanOrEqual(3);
  const total = features + 3;
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/#\/kano\/[\w-]+\/present$/);
  const status = page.getByRole('status');
  await expect(status).toHaveText(`Slide 1 of ${total}`);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('60 respondents analysed');

  await page.keyboard.press('PageDown');
  await expect(status).toHaveText(`Slide 2 of ${total}`);
  await expect(page.getByText(`Feature 1 of ${features}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Category:');
  const bars = page.getByRole('img', { name: 'Categories per feature' });
  await expect(bars).toBeVisible();
  await expect.poll(() => inked(bars)).toBeGreaterThan(0);
  const first = await inked(bars);
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(`Slide 3 of ${total}`);
  await expect.poll(() => inked(bars)).toBeGreaterThan(first);
  // The chart's table holds the features shown so far.
  await page.getByText('The chart as a table').click();
  await expect(page.getByRole('table', { name: /Categories per feature/ }).locator('tbody tr')).toHaveCount(2);
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText(`Slide 2 of ${total}`);

  await page.keyboard.press('End');
  await expect(status).toHaveText(`Slide ${total} of ${total}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Features by category');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Better against |Worse|');
  await expect(page.getByRole('img', { name: 'Better against |Worse|' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Each feature placed/ }).locator('tbody tr')).toHaveCount(features);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Analysis', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Present' })).toBeFocused();

  await page.getByRole('link', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Exit presentation' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Analysis', exact: true })).toBeVisible();
});

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`every slide fits a ${width}×${height} projector with large type`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await exampleJourney(page);
    await page.getByRole('link', { name: 'Present' }).click();
    const slides = ['Title', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `Step ${n} of 7`), 'Summary'];
    const status = page.getByRole('status');
    for (const slide of slides) {
      await expect(status).toHaveText(slide);
      await fitsTheScreen(page);
      await page.keyboard.press('ArrowRight');
    }
    await open(page, '#/kano');
    await page.getByRole('button', { name: 'Add example survey' }).click();
    await page.getByRole('link', { name: 'Present' }).click();
    // The deck's own status, once it is there (until then, the app's notices).
    await expect(status).toHaveText(/^Slide 1 of \d+$/);
    const total = Number((await status.textContent()).match(/of (\d+)/)[1]);
    for (let i = 1; i <= total; i++) {
      await expect(status).toHaveText(`Slide ${i} of ${total}`);
      await fitsTheScreen(page);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('presentation mode speaks Spanish', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('button', { name: 'Añadir recorrido de ejemplo' }).click();
  await page.getByRole('link', { name: 'Presentar' }).click();
  const status = page.getByRole('status');
  await expect(status).toHaveText('Portada');
  await expect(page.getByRole('region', { name: 'Presentación' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Paso 1 de 7');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explorar');
  await expect(page.getByRole('img', { name: 'Curva de experiencia' })).toBeVisible();
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expect(status).toHaveText('Paso 2 de 7');
  await page.getByRole('button', { name: 'Anterior' }).click();
  await expect(status).toHaveText('Paso 1 de 7');
  await expect(page.getByRole('button', { name: 'Pantalla completa' })).toBeVisible();
  await page.getByRole('button', { name: 'Salir de la presentación' }).click();
  await expect(page.getByRole('link', { name: 'Presentar' })).toBeFocused();
});
