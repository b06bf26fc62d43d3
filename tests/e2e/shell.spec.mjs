// The app shell: loading, navigation, deep links, languages, keyboard, phones.
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

test('loads under a sub-path with no console errors', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await open(page);
  expect(new URL(page.url()).pathname).toBe('/tools/dsv/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drive stakeholder value, hands-on');
  await expect(page.getByRole('img', { name: 'The Kano model' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'What the Kano curves mean' })).toBeVisible();
  await expect(page).toHaveTitle('Home · DSV Studio');
  expect(problems).toEqual([]);
});

test('every navigation link opens its view', async ({ page }) => {
  await open(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const views = [
    ['Journeys', '#/journeys', 'Journeys'],
    ['Kano surveys', '#/kano', 'Kano surveys'],
    ['Service levels', '#/service-levels', 'Service levels'],
    ['Learn', '#/learn', 'Learn'],
    ['Settings', '#/settings', 'Settings'],
    ['Home', '#/', 'Drive stakeholder value, hands-on'],
  ];
  for (const [link, hash, heading] of views) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${hash.replace('/', '\\/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  }
});

test('a deep link survives a reload', async ({ page }) => {
  await open(page, '#/service-levels');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service levels');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service levels');
  await expect(page.getByText('No services in this workspace yet.')).toBeVisible();
});

test('an unknown address shows the not-found view', async ({ page }) => {
  await open(page, '#/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drive stakeholder value, hands-on');
});

test('Spanish is kept after a reload and sets <html lang>', async ({ page }) => {
  await open(page, '#/settings');
  await page.getByLabel('Language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajustes');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Inicio' })).toBeVisible();
  await expect(page.getByLabel('Idioma')).toHaveValue('es');
  await expect(page).toHaveTitle('Ajustes · DSV Studio');
});

test.describe('first visit with a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('follows the browser language', async ({ page }) => {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('link', { name: 'Главная' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Модель Кано' })).toBeVisible();
  });
});

test('works with the keyboard alone', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'DSV Studio' })).toBeFocused();
  // Brand, then Home, Journeys: Enter follows the link and focus moves to the new heading.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Journeys' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journeys');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The focused link has a visible outline.
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a new page opens at its top with its heading focused, wherever the last one was scrolled', async ({ page }) => {
  await open(page, '#/learn');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page.evaluate(() => { location.hash = '#/service-levels'; });
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('nothing overflows sideways', async ({ page }) => {
    for (const hash of ['#/', '#/settings', '#/journeys']) {
      await open(page, hash);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, hash).toBeLessThanOrEqual(360);
    }
    // A full journey map scrolls inside its own box; the page itself does not.
    await page.getByRole('button', { name: 'Add example journey' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employees get ready to work');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(page.getByRole('link', { name: 'Service levels' })).toBeVisible();
  });
});

test('a panic shows the failure screen with the backup', async ({ page }) => {
  await open(page, '#/settings');
  await page.evaluate(() => (location.hash = '#/selftest/panic'));
  await expect(page.getByRole('heading', { name: 'DSV Studio stopped' })).toBeVisible();
  await expect(page.getByText('Your data is safe')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download workspace backup' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  const backup = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(backup.format).toBe('dsv-studio');
  expect(backup.version).toBe(4);
});
