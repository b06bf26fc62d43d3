// DSV Studio's service worker: keeps the app shell in a versioned cache so that after
// one visit the app opens with no network. Every URL is relative to this file, so the
// site works under any sub-path. The build (.ci/sw-precache, a Trunk post_build hook)
// fills in VERSION and FILES for each build; never edit those two lines by hand.
const VERSION = 'dev';
const FILES = ['index.html'];
const ANSWER_FILES = ['answer.html'];

// Registered by the respondent page as `sw.js?entry=answer`, the worker precaches
// only that page's files (ANSWER_FILES): a respondent never downloads the workbench.
// The workbench registers plain `sw.js`, which precaches everything (both pages).
const ANSWER_ONLY = new URL(self.location.href).searchParams.get('entry') === 'answer';
const PRECACHE = ANSWER_ONLY ? ANSWER_FILES : FILES;

// One cache per version and per scope: two copies of the app on one origin (say
// /tools/dsv/ and /staging/dsv/) never delete each other's caches.
const SCOPE = self.registration.scope;
const PREFIX = `dsv-studio ${SCOPE} `;
const CACHE = PREFIX + VERSION + (ANSWER_ONLY ? ' answer' : '');
const SHELL = new URL('index.html', SCOPE).href;
const ANSWER = new URL('answer.html', SCOPE).href;

// Trunk names a built file after its content (`answer-<hash>_bg.wasm`): a copy of it
// in the HTTP cache is this build's, so the page's own download serves the precache
// too and a phone does not fetch the wasm twice on its first visit.
const HASHED = /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  // Other files skip the HTTP cache (`reload`): the files stored are exactly this
  // build's.
  const request = (file) =>
    new Request(new URL(file, SCOPE).href, { cache: HASHED.test(file) ? 'default' : 'reload' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(request))));
  // No skipWaiting here: a new version waits until the user chooses to reload.
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Only the app's own files: anything cross-origin or outside the scope goes to the
  // network untouched.
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // The app's pages themselves (hash routing: the fragment never reaches here)
    // come from the cache; any other page in the scope tries the network first.
    const path = url.pathname;
    const scopePath = new URL(SCOPE).pathname;
    const shell = await cache.match(SHELL);
    if (shell && (path === scopePath || path === `${scopePath}index.html`)) return shell;
    if (path === `${scopePath}answer.html`) {
      const answer = await cache.match(ANSWER);
      if (answer) return answer;
    }
    try {
      return await fetch(request);
    } catch (error) {
      if (shell) return shell;
      throw error;
    }
  }
  const hit = await cache.match(request, { ignoreSearch: true });
  return hit ?? fetch(request);
}
