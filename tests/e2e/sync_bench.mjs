// Team sync figures (issue 19), against a real pouchdb-server on loopback (couch.mjs):
// - device A, holding the large bench workspace, connects and pushes it;
// - device B, an empty browser, connects: Connect clicked -> every document stored
//   here and the badge "Synced" (the first sync);
// - with the 7 x 100 journey open on both, a card's title edited on A -> the new
//   title in B's field, painted.
// Run by bench.mjs (BENCH_ONLY=sync); prints its lines through the returned list.
import { Couch, ADMIN, PASSWORD } from './couch.mjs';

const DB = 'bench';
// The local keys of documents that sync (storage/sync/doc_id.rs).
const DOC_KEY = /^dsv:(journey|persona|survey|responses|service|calendar|ticket-sla|tickets):/;

async function connect(page, url) {
  await page.evaluate(() => { location.hash = '#/settings'; });
  await page.getByLabel('Server address').fill(url);
  await page.getByLabel('Database').fill(DB);
  await page.getByLabel('User name').fill(ADMIN);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Connect' }).click();
  return t0;
}

const synced = (page) => page.getByRole('status', { name: 'Team sync' }).filter({ hasText: /^Synced$/ })
  .waitFor({ timeout: 120_000 });

const docKeys = (page) => page.evaluate((re) => Object.keys(localStorage).filter((k) => new RegExp(re).test(k)).sort(),
  DOC_KEY.source);

/**
 * `seed`: local storage entries of the workspace; `ticketCsv`: a CSV file of tickets
 * imported on A through the page; `edits`: how many card edits to time.
 */
export async function syncBench(browser, base, seed, ticketCsv, edits) {
  const out = [];
  const couch = await Couch.start();
  try {
    await couch.req('PUT', `/${DB}`);
    const a = await (await browser.newContext()).newPage();
    await a.goto(`${base}#/settings`);
    await a.evaluate((docs) => Object.entries(docs).forEach(([k, v]) => localStorage.setItem(k, v)), seed);
    await a.reload();
    await a.waitForFunction(() => performance.getEntriesByName('dsv:first-render').length > 0);
    await a.evaluate(() => { location.hash = '#/service-levels/tickets'; });
    await a.getByLabel('Import ticket CSV').setInputFiles(ticketCsv);
    await a.getByText('(50000 tickets)').waitFor({ timeout: 120_000 });
    const keys = await docKeys(a);
    const bytes = await a.evaluate((list) => list.reduce((n, k) => n + localStorage.getItem(k).length, 0), keys);

    let t0 = await connect(a, couch.url);
    await synced(a);
    for (;;) {
      const { doc_count: n } = await couch.req('GET', `/${DB}`);
      if (n >= keys.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const push = Date.now() - t0;

    const b = await (await browser.newContext()).newPage();
    await b.goto(`${base}#/settings`);
    await b.waitForFunction(() => performance.getEntriesByName('dsv:first-render').length > 0);
    t0 = await connect(b, couch.url);
    await synced(b);
    await b.waitForFunction(([list, re]) => {
      const here = new Set(Object.keys(localStorage).filter((k) => new RegExp(re).test(k)));
      return list.every((k) => here.has(k));
    }, [keys, DOC_KEY.source], { polling: 50, timeout: 120_000 });
    const first = Date.now() - t0;
    const same = (await docKeys(b)).join() === keys.join();
    out.push(`team sync, the large workspace (${keys.length} documents, ${(bytes / 1048576).toFixed(1)} MiB of characters) on a loopback pouchdb-server:`);
    out.push(`  device A connects and pushes it: ${push} ms`);
    out.push(`  first sync into an empty browser: Connect -> every document stored and "Synced": ${first} ms${same ? '' : ' (DOCUMENT KEYS DIFFER)'}`);

    for (const page of [a, b]) {
      await page.evaluate(() => { location.hash = '#/journeys/big'; });
      await page.waitForFunction(() => document.querySelectorAll('article.touchpoint').length === 700, null, { timeout: 60_000 });
    }
    const field = (page) => page.getByRole('region', { name: 'Explore', exact: true })
      .getByRole('textbox', { name: 'Touchpoint' }).first();
    const times = [];
    for (let i = 0; i < edits; i++) {
      const value = `Edited on A ${i}`;
      const there = await field(b).elementHandle();
      await field(a).fill(value);
      const start = Date.now();
      await field(a).press('Tab');
      await b.waitForFunction(([el, v]) => el.value === v, [there, value], { polling: 'raf', timeout: 30_000 });
      times.push(Date.now() - start);
      await new Promise((r) => setTimeout(r, 300));
    }
    times.sort((x, y) => x - y);
    out.push(`  a card's title edited on A -> shown on B (${edits} edits): median ${times[Math.floor(edits / 2)]} ms   min ${times[0]} ms   max ${times[edits - 1]} ms`);
  } finally {
    await couch.close();
  }
  return out;
}
