// Benchmark: sizes of the release build in dist/ (raw and gzip -9) and the time from
// navigation start to the app's first render in headless Chromium, median of cold loads
// and of offline reloads from the service worker's cache. BENCH_PORT overrides the port.
// Usage: node bench.mjs [loads]   (run `make bench`, which builds dist/ first)
// BENCH_ONLY=journey (or a comma-separated list of load, journey, kano, slm, tickets,
// sync, phone) runs only those sections of the browser measures. The phone section (see
// phone.mjs) also measures a respondent page of its own when dist/ has one:
// BENCH_ANSWER_PAGE names it (answer.html by default).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { phoneBench, printEntrySizes } from './phone.mjs';
import { syncBench } from './sync_bench.mjs';
import { gzipSync } from 'node:zlib';
import { chromiumLaunch } from './chromium.mjs';

const loads = Math.max(5, Number(process.argv[2] ?? 9));
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (section) => !only || only.includes(section);
// BENCH_DIST measures another build's folder (a path) instead of dist/.
const dist = process.env.BENCH_DIST
  ? new URL(`file://${(await import('node:path')).resolve(process.env.BENCH_DIST)}/`)
  : new URL('../../dist/', import.meta.url);
const port = Number(process.env.BENCH_PORT ?? 4174);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('DSV Studio benchmark');
console.log('--------------------');
let total = 0;
let totalGz = 0;
for (const name of (await readdir(dist)).sort()) {
  if (!/\.(wasm|js|css)$/.test(name)) continue;
  const bytes = await readFile(new URL(name, dist));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += bytes.length;
  totalGz += gz;
  const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js  ' : 'css ';
  console.log(`${kind}  ${kb(bytes.length).padStart(11)} raw  ${kb(gz).padStart(10)} gzip -9   ${name}`);
}
console.log(`all   ${kb(total).padStart(11)} raw  ${kb(totalGz).padStart(10)} gzip -9`);
await printEntrySizes(dist);

const server = spawn(process.execPath, ['serve.mjs', String(port), dist.pathname], {
  cwd: new URL('.', import.meta.url),
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch(chromiumLaunch);
const times = [];
const offline = [];
const mapRenders = [];
const edits = {};
const analyses = [];
// The window of the dashboard runs (Playwright's default, a laptop's screen).
const viewport = { width: 1280, height: 720 };
// A phone's window, in CSS pixels.
const phone = { width: 390, height: 844 };
const dashboardsPhone = [];
const rowsInViewPhone = [];
const dashboards = [];
const dashboardsAgain = [];
const dashboardsRows = [];
const dashboardsAgainRows = [];
const dashboardsWhole = [];
const dashboardsAgainWhole = [];
const rowsInView = [];
const warmUps = [];
const dashboardsRushed = [];
// The pause before a visit to the dashboard: a person reading the page before.
const pause = 500;
// Opens the dashboard from another page and times, from the hash change, when these
// frames have been painted:
// - inView: the first frame with heat-map rows. The page paints only the rows the
//   window has room for in it (ui/pages/slm/dashboard.rs); this checks that they reach
//   the window's bottom, or are all 25, and throws if not.
// - rows: the frame that shows the first 25 rows.
// - whole: the frame with the sections below the heat map too.
// "Painted" is when a task posted from that frame's animation callbacks runs, as for
// the journey edits.
const openDashboard = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const afterPaint = (f) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => f(performance.now() - t0);
    channel.port2.postMessage(0);
  };
  const times = {};
  location.hash = '#/service-levels';
  const check = () => {
    const rows = document.querySelectorAll('table.heat-map tbody tr');
    if (times.inView === undefined && rows.length > 0) {
      const bottom = rows[rows.length - 1].getBoundingClientRect().bottom;
      if (rows.length < 25 && bottom < innerHeight) {
        reject(new Error(`the first frame shows ${rows.length} rows, down to ${bottom} px of ${innerHeight}`));
        return;
      }
      times.inView = -1;
      times.rowsInView = rows.length;
      afterPaint((ms) => { times.inView = ms; });
    }
    if (times.rows === undefined && rows.length === 25) {
      times.rows = -1;
      afterPaint((ms) => { times.rows = ms; });
    }
    if (times.rows !== undefined && document.getElementById('import-sla')) {
      afterPaint((whole) => resolve({ ...times, whole }));
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}));
const showAll = [];
const heatMaps = [];
const imports = [];
const ticketRuns = [];
let kanoStored = 0;
let phoneResults = [];
let syncResults = [];
let ticketCsv;
let ticketSeed;
try {
  for (let i = 0; wanted('load') && i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/tools/dsv/`);
    const ms = await page.waitForFunction(() => {
      const mark = performance.getEntriesByName('dsv:first-render')[0];
      return mark ? mark.startTime : null;
    });
    times.push(await ms.jsonValue());
    await context.close();
  }
  // Offline reload: one visit installs the service worker; then, with the context
  // offline, every reload opens the app from the worker's cache.
  if (wanted('load')) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/tools/dsv/`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated');
    await context.setOffline(true);
    for (let i = 0; i < loads; i++) {
      await page.reload();
      const ms = await page.waitForFunction(() => {
        const mark = performance.getEntriesByName('dsv:first-render')[0];
        return mark ? mark.startTime : null;
      });
      offline.push(await ms.jsonValue());
    }
    await context.close();
  }
  // A journey of 7 steps × 100 touchpoints: full map render, and an inline edit
  // until the next frame (the app updates the DOM, the curve and storage first).
  const steps = ['explore', 'engage', 'offer', 'agree', 'onboard', 'co_create', 'realize'];
  const touchpoints = steps.flatMap((step, s) =>
    Array.from({ length: 100 }, (_, i) => ({
      id: `tp-${s}-${i}`, step, title: `Touchpoint ${s}.${i}`, customer_action: 'Does something',
      channel: 'web', actor: 'customer', emotion: ((i + s) % 5) - 2, pain_points: i % 7 ? [] : ['Slow'],
      moment_of_truth: i % 25 === 0, improvement_ideas: [], value_indicators: [], backstage: '',
    })));
  const big = JSON.stringify({ v: 2, body: { id: 'big', name: 'Big journey', touchpoints } });
  for (let i = 0; wanted('journey') && i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/tools/dsv/#/journeys`);
    await page.evaluate((doc) => localStorage.setItem('dsv:journey:big', doc), big);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('dsv:first-render').length > 0);
    mapRenders.push(await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      location.hash = '#/journeys/big';
      const check = () => document.querySelectorAll('article.touchpoint').length === 700
        ? requestAnimationFrame(() => resolve(performance.now() - t0))
        : requestAnimationFrame(check);
      check();
    })));
    // Time each kind of edit: one that moves the curve (emotion) and one that does
    // not (title), on the 351st card. The first edit of each kind after loading also
    // pays for compiling the code it runs (wasm is compiled lazily), so it is
    // reported apart; then two more rounds give the figure of an edit during work,
    // with the map as it opens (the card off screen), and two more with the card
    // scrolled into view, as when someone edits it (its lanes and its point of the
    // curve are then drawn in the frame). "next frame" is when the frame's scripts
    // have run (the app's DOM and canvas updates are done); "painted" is when a task
    // posted then runs: after that frame's style, layout and paint, and after any
    // task queued before it (in Chromium, autofill looks at the form of a changed
    // <select> in a task of its own).
    await page.waitForTimeout(300);
    for (const round of [0, 1, 2, 3, 4]) {
      if (round === 3) {
        await page.evaluate(() => document.querySelectorAll('article.touchpoint select[aria-label="Emotion"]')[350]
          .scrollIntoView({ block: 'center', inline: 'center' }));
        await page.waitForTimeout(400);
      }
      for (const [kind, selector] of [['emotion', 'select[aria-label="Emotion"]'], ['title', '.lane-title input']]) {
        const r = await page.evaluate(([kind, selector]) => new Promise((resolve) => {
          const field = document.querySelectorAll(`article.touchpoint ${selector}`)[350];
          const t0 = performance.now();
          if (kind === 'emotion') field.value = field.value === '-2' ? '2' : '-2';
          else field.value += ' (edited)';
          field.dispatchEvent(new Event('change', { bubbles: true }));
          requestAnimationFrame(() => {
            const frame = performance.now() - t0;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve([frame, performance.now() - t0]);
            channel.port2.postMessage(0);
          });
        }), [kind, selector]);
        const key = round === 0 ? `${kind} (first after load)` : round < 3 ? kind : `${kind} (card in view)`;
        edits[key] ??= { frame: [], painted: [] };
        edits[key].frame.push(r[0]);
        edits[key].painted.push(r[1]);
        await page.waitForTimeout(400);
      }
    }
    await context.close();
  }
  // Kano: 2,000 respondents × 40 features, analysed in the browser (the app records
  // the analysis itself as the performance measure dsv:kano-analysis).
  const features = Array.from({ length: 40 }, (_, i) => ({ id: `f${i + 1}`, name: `Feature ${i + 1}` }));
  const survey = JSON.stringify({ v: 3, body: { id: 'bench', title: 'Bench survey', language: 'en', features, ask_importance: true } });
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const rows = Array.from({ length: 2000 }, (_, r) => [`r${r}`,
    features.map(() => `${1 + rnd(5)}${1 + rnd(5)}${1 + rnd(9)}`).join('')]);
  const responses = JSON.stringify({ v: 3, body: { survey_id: 'bench', features: features.map((f) => f.id), responses: rows } });
  kanoStored = Buffer.byteLength(responses, 'utf8');
  for (let i = 0; wanted('kano') && i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/tools/dsv/#/kano`);
    await page.evaluate(([s, r]) => { localStorage.setItem('dsv:survey:bench', s); localStorage.setItem('dsv:responses:bench', r); }, [survey, responses]);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('dsv:first-render').length > 0);
    await page.evaluate(() => { location.hash = '#/kano/bench/analyse'; });
    const ms = await page.waitForFunction(() => {
      const m = performance.getEntriesByName('dsv:kano-analysis');
      return m.length ? m[m.length - 1].duration : null;
    });
    analyses.push(await ms.jsonValue());
    await context.close();
  }
  // Service levels: 30 services x 5 targets x 60 months, dashboard render; then an SLA
  // records CSV of 10,000 rows imported (plan and apply are the app's own measures).
  const months = Array.from({ length: 60 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const serviceDocs = Array.from({ length: 30 }, (_, s) => JSON.stringify({ v: 3, body: {
    id: `svc-${s}`, name: `Service ${s}`,
    agreements: [{ id: `agr-${s}`, name: `SLA-${s}`, kind: 'sla', targets: Array.from({ length: 5 }, (_, t) => ({
      id: `tgt-${s}-${t}`, metric: `Metric ${t}`, unit: '%', direction: '>=', target: 99, period_kind: 'month',
      records: months.map((period, m) => ({ period, achieved: 98.5 + ((s * 7 + t * 3 + m) % 20) / 10 })),
    })) }],
    satisfaction: months.map((period, m) => ({ period, user: 1 + ((s + m) % 5), customer: 1 + ((s + 2 * m) % 5), source: 'periodic_survey' })),
  } }));
  const csvLines = ['service,agreement,metric,unit,direction,target,period,achieved'];
  for (let i = 0; i < 10000; i++) {
    csvLines.push(`Imported ${i % 50},SLA-${i % 50},Metric ${i % 4},%,>=,99.5,${2018 + Math.floor(i / 2400)}-${String(1 + (Math.floor(i / 200) % 12)).padStart(2, '0')},${(98 + (i % 30) / 10).toFixed(2)}`);
  }
  const csvPath = new URL('../../target/bench-sla-10000.csv', import.meta.url).pathname;
  await (await import('node:fs/promises')).mkdir(new URL('../../target/', import.meta.url), { recursive: true });
  await (await import('node:fs/promises')).writeFile(csvPath, csvLines.join('\n'));
  // A tab with the large workspace stored, once the app has run the dashboard's code
  // off screen while idle after start (ui/pages/slm/warm_up.rs); reports when that ended.
  const seededTab = async (size = viewport) => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/tools/dsv/#/settings`);
    await page.evaluate((docs) => docs.forEach((doc, s) => localStorage.setItem(`dsv:service:svc-${s}`, doc)), serviceDocs);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('dsv:first-render').length > 0);
    warmUps.push(await (await page.waitForFunction(() => {
      const done = performance.getEntriesByName('dsv:warm-up-done')[0];
      return done ? done.startTime - performance.getEntriesByName('dsv:first-render')[0].startTime : null;
    })).jsonValue());
    return { context, page };
  };
  // The first visit at once after the warm-up: the compilation and garbage collection
  // that start-up leaves to the browser's background threads still share the two cores.
  for (let i = 0; wanted('slm') && i < loads; i++) {
    const { context, page } = await seededTab();
    dashboardsRushed.push((await openDashboard(page)).inView);
    await context.close();
  }
  // The first visit on a phone, where the heat map starts near the window's bottom.
  for (let i = 0; wanted('slm') && i < loads; i++) {
    const { context, page } = await seededTab(phone);
    await page.waitForTimeout(pause);
    const visit = await openDashboard(page);
    dashboardsPhone.push(visit.inView);
    rowsInViewPhone.push(visit.rowsInView);
    await context.close();
  }
  for (let i = 0; wanted('slm') && i < loads; i++) {
    const { context, page } = await seededTab();
    // A person looks at the page before choosing another: half a second, as before
    // opening it again below.
    await page.waitForTimeout(pause);
    const first = await openDashboard(page);
    dashboards.push(first.inView);
    dashboardsRows.push(first.rows);
    dashboardsWhole.push(first.whole);
    rowsInView.push(first.rowsInView);
    heatMaps.push(await page.evaluate(() => performance.getEntriesByName('dsv:slm-heat-map').at(-1).duration));
    // The same page opened again in this tab: the wasm code it runs is compiled now.
    await page.evaluate(() => { location.hash = '#/settings'; });
    await page.waitForTimeout(pause);
    const again = await openDashboard(page);
    dashboardsAgain.push(again.inView);
    dashboardsAgainRows.push(again.rows);
    dashboardsAgainWhole.push(again.whole);
    showAll.push(await page.evaluate(() => new Promise((resolve) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Show all 150'));
      const t0 = performance.now();
      button.click();
      // Until the frame that shows all rows has been painted (see openDashboard).
      const check = () => {
        if (document.querySelectorAll('table.heat-map tbody tr').length === 150) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - t0);
          channel.port2.postMessage(0);
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    })));
    await page.locator('#import-sla').setInputFiles(csvPath);
    await page.waitForFunction(() => performance.getEntriesByName('dsv:sla-plan').length > 0);
    await page.getByRole('button', { name: 'Import the good rows' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('dsv:sla-apply').length > 0);
    imports.push(await page.evaluate(() => performance.getEntriesByName('dsv:sla-plan')[0].duration
      + performance.getEntriesByName('dsv:sla-apply')[0].duration));
    await context.close();
  }
  // Ticket SLAs: 50,000 tickets of one month imported through the page's file input,
  // then evaluated in business time (Europe/Madrid office hours via Intl) and
  // summarised; the read, merge (with save) and evaluation are the app's own measures.
  if (wanted('tickets') || wanted('sync')) {
    const week = [0, 1, 2, 3, 4].map(() => [{ start: 480, end: 720 }, { start: 780, end: 1020 }]).concat([[], []]);
    const seed = {
      'dsv:service:svc-t': JSON.stringify({ v: 4, body: { id: 'svc-t', name: 'Desk' } }),
      'dsv:calendar:office': JSON.stringify({ v: 4, body: { id: 'office', name: 'Office', zone: 'Europe/Madrid', week, holidays: ['2026-03-19'] } }),
    };
    ['P1', 'P2', 'P3', 'P4'].forEach((p, i) => {
      seed[`dsv:ticket-sla:d${i}`] = JSON.stringify({ v: 4, body: { id: `d${i}`, service: 'svc-t', priority: p,
        response_seconds: 1800 * (i + 1), resolution_seconds: 4 * 3600 * (i + 1), calendar: 'office' } });
    });
    const pad = (n) => String(n).padStart(2, '0');
    const iso = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';
    const lines = ['id,service,priority,created,first_response,resolved,pauses'];
    let r = 11;
    const next = (n) => { r = (r * 1103515245 + 12345) % 2147483648; return r % n; };
    const base = Date.UTC(2026, 2, 1, 6, 0, 0);
    for (let i = 0; i < 50000; i++) {
      const created = base + next(30) * 86400000 + next(12 * 60) * 60000;
      const response = created + (5 + next(240)) * 60000;
      const resolved = next(20) === 0 ? '' : iso(response + next(3 * 24 * 60) * 60000);
      const pause = next(10) === 0 ? `${iso(response + 600000)}/${iso(response + 4200000)}` : '';
      lines.push(`INC-${pad(i)},Desk,P${1 + next(4)},${iso(created)},${iso(response)},${resolved},${pause}`);
    }
    ticketCsv = new URL('../../target/bench-tickets-50000.csv', import.meta.url).pathname;
    await (await import('node:fs/promises')).writeFile(ticketCsv, lines.join('\n'));
    ticketSeed = seed;
    const runs = wanted('tickets') ? Math.min(loads, 3) : 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The wasm instance's memory, to report what the tickets hold there.
      await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.benchWasm = e.detail.wasm; }));
      await page.goto(`http://127.0.0.1:${port}/tools/dsv/#/settings`);
      await page.evaluate((docs) => Object.entries(docs).forEach(([k, v]) => localStorage.setItem(k, v)), seed);
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('dsv:first-render').length > 0);
      await page.evaluate(() => { location.hash = '#/service-levels/tickets'; });
      await page.getByLabel('Import ticket CSV').waitFor({ state: 'attached' });
      const t0 = Date.now();
      await page.getByLabel('Import ticket CSV').setInputFiles(ticketCsv);
      await page.getByText('(50000 tickets)').waitFor();
      const wall = Date.now() - t0;
      const m = await page.evaluate(() => ['dsv:tickets-read', 'dsv:tickets-merge', 'dsv:tickets-evaluate']
        .map((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN));
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dsv:tickets:'))
        .reduce((n, k) => n + localStorage.getItem(k).length, 0));
      // Memory held: the JS heap after a full collection (the file's bytes and other
      // garbage of the import go), and the wasm memory (which never shrinks).
      await (await context.newCDPSession(page)).send('HeapProfiler.collectGarbage');
      const [memory, wasmMemory] = await page.evaluate(() => [performance.memory?.usedJSHeapSize ?? 0,
        window.benchWasm?.memory?.buffer?.byteLength ?? 0]);
      ticketRuns.push({ wall, read: m[0], merge: m[1], evaluate: m[2], stored, memory, wasmMemory });
      await context.close();
    }
  }
  if (wanted('sync')) {
    const workspace = { ...ticketSeed, 'dsv:journey:big': big, 'dsv:survey:bench': survey, 'dsv:responses:bench': responses };
    serviceDocs.forEach((doc, s) => { workspace[`dsv:service:svc-${s}`] = doc; });
    syncResults = await syncBench(browser, `http://127.0.0.1:${port}/tools/dsv/`, workspace, ticketCsv, Math.min(loads, 9));
  }
  if (wanted('phone')) phoneResults = await phoneBench(browser, `http://127.0.0.1:${port}/tools/dsv/`, dist);
} finally {
  await browser.close();
  server.kill();
}
const line = (label, values) => {
  if (!values.length) return;
  values.sort((a, b) => a - b);
  const mid = values[Math.floor(values.length / 2)];
  console.log(label);
  console.log(`  median ${mid.toFixed(1)} ms   min ${values[0].toFixed(1)} ms   max ${values[values.length - 1].toFixed(1)} ms`);
};
line(`first render (navigation start -> app mounted, cold cache, ${loads} loads):`, times);
line(`offline reload from service worker cache (navigation start -> app mounted, context offline, ${loads} loads):`, offline);
line(`journey map of 7 x 100 touchpoints, full render (${loads} runs):`, mapRenders);
for (const [kind, { frame, painted }] of Object.entries(edits)) {
  line(`journey map of 7 x 100 touchpoints, inline ${kind} edit -> next frame (${frame.length} edits):`, frame);
  line(`journey map of 7 x 100 touchpoints, inline ${kind} edit -> painted (${painted.length} edits):`, painted);
}
line(`Kano analysis of 2,000 respondents x 40 features in the browser (${loads} runs):`, analyses);
if (analyses.length) console.log(`Kano responses of 2,000 x 40 as stored: ${(kanoStored / 1024).toFixed(1)} KiB`);
line(`service levels dashboard, its code run off screen while idle after start: app mounted -> done (${warmUps.length} runs):`, warmUps);
line(`service levels dashboard, 30 services x 5 targets x 60 months: navigation -> painted, the heat map down to the window's bottom (${[...new Set(rowsInView)].join(', ')} of the first 25 of 150 rows in a ${viewport.width}x${viewport.height} window), first visit in the tab, ${pause} ms after the warm-up (${loads} runs):`, dashboards);
line(`  the same at once after the warm-up, while start-up's background compilation and GC run (${loads} runs):`, dashboardsRushed);
line(`  the same in a ${phone.width}x${phone.height} phone window (${[...new Set(rowsInViewPhone)].join(', ')} rows in view), ${pause} ms after the warm-up (${loads} runs):`, dashboardsPhone);
line(`service levels dashboard, the same, opened again in the tab ${pause} ms after leaving it (${loads} runs):`, dashboardsAgain);
line(`  the first 25 heat-map rows (the rest of them painted a frame later), first visit (${loads} runs):`, dashboardsRows);
line(`  the first 25 rows, opened again (${loads} runs):`, dashboardsAgainRows);
line(`  the whole page (the sections below the heat map, painted a frame later), first visit (${loads} runs):`, dashboardsWhole);
line(`  the whole page, opened again (${loads} runs):`, dashboardsAgainWhole);
line(`  "Show all 150 targets" -> painted (${loads} runs):`, showAll);
line(`  the heat-map model, computed while idle after start and kept until the workspace changes (${loads} runs):`, heatMaps);
line(`SLA records CSV of 10,000 rows: parse, check and apply in the browser (${loads} runs):`, imports);
if (ticketRuns.length) {
  line(`ticket SLAs, 50,000 tickets imported and computed in the browser: file chosen -> table shown (${ticketRuns.length} runs):`, ticketRuns.map((t) => t.wall));
  line('  of which CSV read:', ticketRuns.map((t) => t.read));
  line('  of which merge and save (compact runs in local storage):', ticketRuns.map((t) => t.merge));
  line('  of which evaluation in business time (Intl zone rules, cached per day):', ticketRuns.map((t) => t.evaluate));
  const last = ticketRuns[ticketRuns.length - 1];
  console.log(`  stored tickets: ${(last.stored / 1024).toFixed(0)} KiB of characters; held after: JS heap ${(last.memory / 1048576).toFixed(1)} MiB (after a full GC), wasm memory ${(last.wasmMemory / 1048576).toFixed(1)} MiB`);
}
for (const l of syncResults) console.log(l);
for (const l of phoneResults) console.log(l);
