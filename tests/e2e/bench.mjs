// Benchmark: sizes of the release build in dist/ (raw and gzip -9) and the time from
// navigation start to the app's first render in headless Chromium, median of cold loads.
// Usage: node bench.mjs [loads]   (run `make bench`, which builds dist/ first)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromiumLaunch } from './chromium.mjs';

const loads = Math.max(5, Number(process.argv[2] ?? 9));
const dist = new URL('../../dist/', import.meta.url);
const port = 4174;

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

const server = spawn(process.execPath, ['serve.mjs', String(port)], {
  cwd: new URL('.', import.meta.url),
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch(chromiumLaunch);
const times = [];
try {
  for (let i = 0; i < loads; i++) {
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
} finally {
  await browser.close();
  server.kill();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first render (navigation start -> app mounted, cold cache, ${loads} loads):`);
console.log(`  median ${median.toFixed(1)} ms   min ${times[0].toFixed(1)} ms   max ${times[times.length - 1].toFixed(1)} ms`);
