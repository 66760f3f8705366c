// Attune's service worker: keeps the files of one build so the app opens
// with no network, and shows the morning reminder. It never touches the
// leader's records or drafts (IndexedDB's `attune`, localStorage): the
// reminder reads only the due index the app keeps for it (below).
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

// Morning reminders. Periodic Background Sync wakes this worker where the
// browser has it (Chrome, Attune installed: about once a day, when online).
// The app keeps a small index of what is due when in a database of its own
// (written by src/state/reminders.rs from src/domain/due_index.rs): kids
// numbered, days and counts, a group's name only with the app lock off,
// first names and prompts only if the leader asked for them. The worker
// reads that and nothing else, so the app lock changes nothing here.
const REMINDERS = 'attune-reminders';
const DUE = 'due';
const MORNING_TAG = 'attune-morning';

function asked(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// The reminders' database, or null where there is none (reminders off):
// opening it here must not create it.
function openReminders() {
  return new Promise((resolve) => {
    const open = indexedDB.open(REMINDERS, 1);
    open.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) open.transaction.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
  });
}

// "2026-12-03": the local day, as the index writes days.
function localDay(now) {
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// What the index says at the moment `now`, with the reminder last shown on
// the day `shown`: the number for the icon (due or overdue, as Today counts
// them), and the notification to show, or null. Due and asked are the
// app's own answers (src/domain/due_index.rs: `due_on`, `asks_on`).
function morning(index, shown, now) {
  const day = localDay(now);
  const due = index.items.filter((item) => item.due != null && item.due <= day);
  const toAsk = new Set(index.items.filter((item) => item.ask == null || item.ask <= day).map((item) => item.kid));
  const meeting = index.groups
    .map((group, at) => ({
      name: group.name,
      kids: group.days.includes(now.getDay()) ? index.kids.map((groups, kid) => kid).filter((kid) => toAsk.has(kid) && index.kids[kid].includes(at)) : [],
    }))
    .filter((group) => group.kids.length > 0);
  const hour = now.getHours();
  const quiet = hour < index.morning || hour >= index.evening || shown === day;
  const notification = quiet || (due.length === 0 && meeting.length === 0) ? null : reminder(index, due, meeting);
  return { day, badge: due.length, notification };
}

// The notification's words: counts, never a kid's name unless the index
// carries names (the leader asked, with the lock off).
function reminder(index, due, meeting) {
  const parts = [];
  if (due.length > 0) parts.push(`${plural(due.length, 'follow-up', 'follow-ups')} today`);
  const groups = meeting.every((group) => group.name)
    ? meeting
    : [{ name: null, kids: [...new Set(meeting.flatMap((group) => group.kids))], several: meeting.length > 1 }];
  for (const group of groups) {
    const where = group.name ?? (group.several ? "today's groups" : "today's group");
    parts.push(parts.length > 0 ? `${group.kids.length} for ${where}` : `${plural(group.kids.length, 'kid', 'kids')} to ask at ${where}`);
  }
  const counts = parts.join(', ');
  const named = index.items.some((item) => item.name);
  if (!named) return { title: 'Attune', body: counts };
  const nameOf = (kid) => index.items.find((item) => item.kid === kid && item.name)?.name ?? '';
  const lines = due.map((item) => `${item.name}: ${item.prompt}`);
  for (const group of meeting) lines.push(`${group.name}: ${group.kids.map(nameOf).join(', ')}`);
  const shownLines = lines.slice(0, 4);
  if (lines.length > shownLines.length) shownLines.push(`and ${lines.length - shownLines.length} more`);
  return { title: counts, body: shownLines.join('\n') };
}

async function setBadge(count) {
  try {
    if (count > 0 && self.navigator.setAppBadge) await self.navigator.setAppBadge(count);
    if (count === 0 && self.navigator.clearAppBadge) await self.navigator.clearAppBadge();
  } catch (e) {
    // Badges are not allowed here: nothing to tell.
  }
}

// One wake: the icon's number, and at most one reminder a day, between the
// leader's morning hour and the evening.
async function wake(now) {
  const db = await openReminders();
  if (!db) return;
  try {
    const read = db.transaction(DUE).objectStore(DUE);
    const [stored, shown] = await Promise.all([asked(read.get('index')), asked(read.get('shown'))]);
    const index = typeof stored === 'string' ? JSON.parse(stored) : null;
    if (!index || index.v !== 1) return;
    const { day, badge, notification } = morning(index, shown ?? null, now);
    await setBadge(badge);
    if (notification) {
      await self.registration.showNotification(notification.title, {
        body: notification.body,
        tag: MORNING_TAG,
        icon: '/icons/icon-192.png',
        data: { url: '/' },
      });
      await asked(db.transaction(DUE, 'readwrite').objectStore(DUE).put(day, 'shown'));
    }
    // When the phone last woke Attune, for Settings to tell the leader;
    // written last, once this wake is done.
    await asked(db.transaction(DUE, 'readwrite').objectStore(DUE).put(now.getTime(), 'woke'));
  } finally {
    db.close();
  }
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag === MORNING_TAG) event.waitUntil(wake(new Date()));
});

// A tap on the reminder opens Today: an open Attune is taken there (and,
// under the app lock, starts again at the lock screen), else a new one opens.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window' });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (!open) return self.clients.openWindow('/');
      const moved = await open.navigate('/').catch(() => null);
      return (moved ?? open).focus();
    })(),
  );
});
