// The phone profile of the benchmark (issue 18.3): a mid-range phone on a slow mobile
// network, in headless Chromium through the DevTools protocol. Network: 150 ms latency,
// 1.6 Mbit/s down, 750 kbit/s up; CPU 4x slower; a 390x844 touch window; empty cache
// (a fresh context, the HTTP cache disabled, the service worker blocked so that nothing
// is precached or answered from a cache). serve.mjs sends the files gzip'd.
//
// For a 10-feature survey link (on the workbench URL, and on the respondent page of its
// own when dist/ has one) and for the workbench home it measures, median of 3 runs:
// - bytes: what travelled, the sum of Network.loadingFinished's encodedDataLength
//   (headers and gzip'd bodies; for a request cut short, what it had received) until
//   the tap below has been answered;
// - visible: navigation start -> the frame that shows the first question's answers
//   (resp. the home page's heading) has been painted;
// - tap: a tap on an answer (resp. a link of the main menu) -> the frame that shows its
//   effect (the answer checked; the chosen page's heading) has been painted, one second
//   after the page became visible (a person reads before tapping).
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const runs = Number(process.env.BENCH_PHONE_RUNS ?? 3);
const network = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const cpuSlowdown = 4;
const window = { width: 390, height: 844 };
// The respondent page of its own (issue 18.1), measured when dist/ holds it.
const answerPage = process.env.BENCH_ANSWER_PAGE ?? 'answer.html';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Prints, for each HTML entry of `dist` (a URL), the wasm and js files it loads and
 * their gzip -9 size together: what a first visit to that page downloads as code
 * (the files the page names and the modules they import). Then the workbench's
 * chunks: what a workspace's first opening adds (its chunk and the shared chunks it
 * needs, as the split loader lists them).
 */
export async function printEntrySizes(dist) {
  const names = (await readdir(dist)).sort();
  const gzipped = async (name) => {
    const bytes = await readFile(new URL(name, dist));
    return [bytes.length, gzipSync(bytes, { level: 9 }).length];
  };
  console.log('code per entry (wasm + js the page loads, gzip -9):');
  for (const html of names.filter((n) => n.endsWith('.html'))) {
    const text = await readFile(new URL(html, dist), 'utf8');
    const code = names.filter((n) => /\.(wasm|js)$/.test(n) && n !== 'sw.js' && text.includes(n));
    // Static imports of those scripts (the split loader of the workbench's glue).
    for (let i = 0; i < code.length; i++) {
      if (!code[i].endsWith('.js')) continue;
      const js = await readFile(new URL(code[i], dist), 'utf8');
      for (const [, name] of js.matchAll(/^import [^;]*? from ["']\.\/([^"']+)["']/gm)) {
        if (names.includes(name) && !code.includes(name)) code.push(name);
      }
    }
    let raw = 0;
    let gz = 0;
    for (const name of code) {
      const [r, g] = await gzipped(name);
      raw += r;
      gz += g;
    }
    console.log(`  ${html.padEnd(14)} ${kib(raw).padStart(11)} raw  ${kib(gz).padStart(10)} gzip   ${code.join(' + ') || '(no code)'}`);
  }
  const loader = names.find((n) => /^__wasm_split-.*\.js$/.test(n));
  if (!loader) return;
  const js = await readFile(new URL(loader, dist), 'utf8');
  const chunkFile = new Map(
    [...js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  console.log('workbench chunks (fetched when a workspace is first opened, gzip -9):');
  const splits = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g;
  for (const [, split, file, deps] of js.matchAll(splits)) {
    const files = [file, ...deps.split(',').map((d) => chunkFile.get(d.trim())).filter(Boolean)];
    let own = 0;
    let all = 0;
    for (const name of files) {
      const [, g] = await gzipped(name);
      all += g;
      if (name === file) own = g;
    }
    console.log(`  ${split.padEnd(10)} ${kib(own).padStart(10)} own  ${kib(all).padStart(10)} with the shared chunks it needs (${files.length} files)`);
  }
}

/** A 10-feature survey's link payload (`k2.…`), as the workbench's Share tab shows it. */
async function surveyPayload(browser, base) {
  const features = Array.from({ length: 10 }, (_, i) => ({ id: `f${i + 1}`, name: `Feature number ${i + 1}` }));
  const survey = JSON.stringify({ v: 3, body: { id: 'phone', title: 'Service desk features', language: 'en', features, ask_importance: true } });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}#/kano`);
    await page.evaluate((s) => localStorage.setItem('dsv:survey:phone', s), survey);
    await page.goto(`${base}#/kano/phone/share`);
    await page.reload();
    const link = await page.getByRole('textbox', { name: 'Link to the questionnaire' }).inputValue();
    const at = link.indexOf('#/answer/');
    if (at < 0) throw new Error(`no survey link on the Share tab: ${link}`);
    return link.slice(at + '#/answer/'.length);
  } finally {
    await context.close();
  }
}

// In the page before any script: waits for `selector` to show, and records as
// window.benchVisible when the frame showing it has been painted (a task posted from
// that frame's animation callbacks runs after its paint, as in bench.mjs).
const watchVisible = (selector) => {
  const afterPaint = (f) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => f(performance.now());
    channel.port2.postMessage(0);
  };
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.getClientRects().length > 0) afterPaint((t) => { window.benchVisible = t; });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

// In the page: from the next pointerdown, waits for `done()` to hold and resolves with
// the time from that pointerdown to the painted frame that shows it.
const watchTap = ([kind]) => new Promise((resolve) => {
  const heading = document.querySelector('h1')?.textContent;
  const done = kind === 'survey'
    ? () => document.querySelector('input[type=radio]')?.checked
    : () => { const h = document.querySelector('h1'); return h && h.textContent !== heading; };
  addEventListener('pointerdown', (e) => {
    const t0 = e.timeStamp;
    const check = () => {
      if (done()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }, { once: true, capture: true });
  window.benchTapArmed = true;
});

/** One cold visit under the phone profile. */
async function visit(browser, url, kind) {
  const context = await browser.newContext({
    viewport: window, isMobile: true, hasTouch: true, deviceScaleFactor: 3,
    serviceWorkers: 'block', locale: 'en-GB',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    let bytes = 0;
    const files = new Map();
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    const count = (requestId, n) => {
      bytes += n;
      const path = new URL(urls.get(requestId) ?? 'about:blank').pathname;
      const name = path.endsWith('/') ? 'index.html' : path.split('/').pop();
      files.set(name, (files.get(name) ?? 0) + n);
    };
    // A request cut short (a page that forwards to another while it loads) may never
    // report loadingFinished: what it received still travelled, counted at the end.
    const received = new Map();
    const open = new Set();
    cdp.on('Network.requestWillBeSent', (e) => open.add(e.requestId));
    cdp.on('Network.responseReceived', (e) => received.set(e.requestId, (received.get(e.requestId) ?? 0) + (e.response.encodedDataLength ?? 0)));
    cdp.on('Network.dataReceived', (e) => received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength));
    cdp.on('Network.loadingFinished', (e) => { open.delete(e.requestId); count(e.requestId, e.encodedDataLength); });
    cdp.on('Network.loadingFailed', (e) => { open.delete(e.requestId); count(e.requestId, received.get(e.requestId) ?? 0); });
    await page.addInitScript(watchVisible, kind === 'survey' ? 'input[type=radio]' : 'h1');
    await page.goto(url, { waitUntil: 'commit' });
    const visible = await (await page.waitForFunction(() => window.benchVisible ?? null, null,
      { timeout: 60_000, polling: 250 })).jsonValue();
    await page.waitForTimeout(1000);
    const tapped = page.evaluate(watchTap, [kind]);
    await page.waitForFunction(() => window.benchTapArmed === true);
    if (kind === 'survey') await page.locator('input[type=radio]').first().tap();
    else await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kano surveys' }).tap();
    const tap = await tapped;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    for (const id of open) count(id, received.get(id) ?? 0);
    return { bytes, visible, tap, files };
  } finally {
    await context.close();
  }
}

/**
 * Runs the phone profile against the site at `base` (its URL, ending in '/') and
 * returns the report's lines.
 */
export async function phoneBench(browser, base, dist) {
  const payload = process.env.BENCH_SURVEY_PAYLOAD ?? await surveyPayload(browser, base);
  const targets = [
    ['10-feature survey link on the workbench URL', `${base}#/answer/${payload}`, 'survey'],
    ['workbench home', base, 'home'],
  ];
  const names = await readdir(dist);
  if (names.includes(answerPage)) {
    targets.unshift([`10-feature survey link on ${answerPage}`, `${base}${answerPage}#/answer/${payload}`, 'survey']);
  }
  const lines = [
    `phone profile: ${network.latency} ms latency, ${network.downloadThroughput * 8 / 1e6} Mbit/s down, ${network.uploadThroughput * 8 / 1e3} kbit/s up, CPU ${cpuSlowdown}x slower, ${window.width}x${window.height}, empty cache, gzip (median of ${runs} cold visits)`,
    `  survey link payload: ${payload.length} characters`,
  ];
  for (const [label, url, kind] of targets) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await visit(browser, url, kind));
    const what = kind === 'survey' ? 'first question' : 'heading';
    const tapWhat = kind === 'survey' ? 'an answer -> checked' : 'menu link -> its heading';
    lines.push(`${label}:`);
    lines.push(`  transferred ${kib(median(results.map((r) => r.bytes)))}   ${what} visible ${median(results.map((r) => r.visible)).toFixed(0)} ms   tap on ${tapWhat} ${median(results.map((r) => r.tap)).toFixed(0)} ms`);
    const last = results[results.length - 1];
    const biggest = [...last.files].sort((a, b) => b[1] - a[1]).slice(0, 4)
      .map(([name, n]) => `${name.length > 32 ? `${name.slice(0, 29)}...` : name} ${kib(n)}`);
    lines.push(`  largest transfers: ${biggest.join(', ')}`);
  }
  return lines;
}
