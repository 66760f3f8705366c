// Attune's service worker: keeps the files of one build so the app opens
// with no network, and never touches the leader's data (that lives in
// IndexedDB and localStorage, which this worker does not read or cache).
//
// The two lines below are rewritten at build time (`cargo xtask precache`)
// with the exact files of the build and a version taken from their contents.
const VERSION = 'unbuilt';
const PRECACHE = [];

const CACHE = `attune-${VERSION}`;
const SHELL = '/index.html';

// A built file named by its contents (`attune-<hash>_bg.wasm`) can only be
// this build's, so the copy the page has just downloaded is kept rather than
// fetched again: on a first visit the app comes over the network once. Every
// other file is checked with the server, so the cache holds this build's.
const NAMED_BY_CONTENT = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/;

self.addEventListener('install', (event) => {
  const request = (url) => new Request(url, { cache: NAMED_BY_CONTENT.test(url) ? 'force-cache' : 'no-cache' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(request))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('attune-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// A new version waits until the leader taps "Update" in the app.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is the same shell, from this build's cache, so a
    // reload never mixes versions; the network only if the cache is gone.
    event.respondWith(caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
