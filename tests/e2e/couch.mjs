// A real CouchDB-API server for the team sync tests: pouchdb-server from npm, on a
// free loopback port, in memory (or in a temporary directory when a test restarts
// it), with CORS switched on and an admin, stopped after the test. No mock.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('./node_modules/.bin/pouchdb-server', import.meta.url));
export const ADMIN = 'admin';
export const PASSWORD = 'correct horse 7';

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  const probe = createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address();
  await new Promise((r) => probe.close(r));
  return port;
}

export class Couch {
  /** Starts a server; `persistent` keeps its data across `restart()`. */
  static async start({ persistent = false } = {}) {
    const couch = new Couch();
    couch.persistent = persistent;
    couch.dir = await mkdtemp(join(tmpdir(), 'dsv-couch-'));
    couch.port = await freePort();
    couch.url = `http://127.0.0.1:${couch.port}`;
    await couch.launch();
    // An admin first (the server starts open), then CORS for the app's origin.
    await couch.req('PUT', `/_config/admins/${ADMIN}`, PASSWORD, false);
    for (const [path, value] of [
      ['httpd/enable_cors', 'true'],
      ['cors/origins', '*'],
      ['cors/credentials', 'true'],
      ['cors/headers', 'accept, authorization, content-type, origin, referer'],
      ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'],
    ]) {
      await couch.req('PUT', `/_config/${path}`, value);
    }
    return couch;
  }

  async launch() {
    const args = ['--host', '127.0.0.1', '--port', String(this.port), '--config', join(this.dir, 'config.json'), '--no-stdout-logs'];
    args.push(...(this.persistent ? ['--dir', this.dir] : ['--in-memory']));
    this.proc = spawn(BIN, args, { cwd: this.dir, stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${this.url}/`)).ok) return;
      } catch {}
      await pause(50);
    }
    throw new Error('pouchdb-server did not start');
  }

  async stop() {
    if (!this.proc || this.proc.exitCode !== null) return;
    const exited = once(this.proc, 'exit');
    this.proc.kill();
    await exited;
  }

  async restart() {
    await this.launch();
  }

  async close() {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** A request as the admin; the JSON reply. */
  async req(method, path, body, auth = true) {
    const headers = { 'content-type': 'application/json' };
    if (auth) headers.authorization = 'Basic ' + Buffer.from(`${ADMIN}:${PASSWORD}`).toString('base64');
    const res = await fetch(this.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return res.json();
  }

  /** Every document of `db` (deleted ones excluded), by `_id`. */
  async docs(db) {
    const all = await this.req('GET', `/${db}/_all_docs?include_docs=true`);
    return Object.fromEntries((all.rows ?? []).map((r) => [r.id, r.doc]));
  }
}
