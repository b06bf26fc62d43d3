// The workbench's code in chunks (issue 18.2): the home page loads none of the
// workspaces' code, a workspace's chunk comes when it is first opened, and a chunk
// that cannot be fetched says so without taking the app down.
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

// The page's own requests only: the service worker's precache is not what a visit
// waits for, and here it never runs.
test.use({ serviceWorkers: 'block' });

const chunkName = (url) => new URL(url).pathname.split('/').pop().match(/^(split_\w+|chunk_\d+)-[0-9a-f]{16}\.wasm$/)?.[1];

test('the home page fetches no workspace code; each workspace fetches its own when first opened', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => {
    const name = chunkName(r.url());
    if (name) fetched.push(name);
  });
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drive stakeholder value, hands-on');
  // The browser is idle a while: still nothing (an empty workspace warms up nothing).
  await page.waitForTimeout(1500);
  expect(fetched).toEqual([]);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Kano surveys' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kano surveys');
  expect(fetched).toContain('split_kano');
  expect(fetched.filter((n) => n.startsWith('split_'))).toEqual(['split_kano']);

  await nav.getByRole('link', { name: 'Service levels' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service levels');
  expect(fetched.filter((n) => n.startsWith('split_'))).toEqual(['split_kano', 'split_slm']);

  // Back to a workspace already loaded: nothing is fetched again.
  const before = fetched.length;
  await nav.getByRole('link', { name: 'Kano surveys' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kano surveys');
  expect(fetched.length).toBe(before);
  // A device without team sync settings never fetches the sync's code.
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
  expect(fetched).not.toContain('split_sync');
});

test('a workspace whose code cannot be fetched says so; the rest works and Try again loads it', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  let refuse = true;
  await page.route(/split_journeys-[0-9a-f]{16}\.wasm$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  await open(page, '#/journeys');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This part of DSV Studio could not be loaded');
  await expect(page.getByRole('alert')).toContainText('check the connection, then try again. Your data is safe');

  // The app goes on: another workspace opens.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');

  await nav.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This part of DSV Studio could not be loaded');
  refuse = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journeys');
  await expect(page.getByRole('button', { name: 'Add example journey' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('in Spanish, the message and its button are in Spanish', async ({ page }) => {
  await page.route(/split_settings-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await open(page);
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('navigation').getByRole('link', { name: 'Ajustes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No se pudo cargar esta parte de DSV Studio');
  await expect(page.getByRole('button', { name: 'Volver a intentarlo' })).toBeVisible();
});
