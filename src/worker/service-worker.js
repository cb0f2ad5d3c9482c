/* The playground's service worker (emitted as dist/sw.js by src/worker/offline-plugin.ts).
 * After the first visit the whole app works with the network off: the build's files are cached at
 * install; navigations try the network first (to pick up a new build) and fall back to the cached
 * page; other same-origin files are served from the cache first (their names carry a hash).
 * Paths are relative to this file, so the app works under any sub-path. Nothing is sent anywhere. */
const PRECACHE = self.__PRECACHE__;
const CACHE_NAME = self.__CACHE_NAME__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.map((u) => new URL(u, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('frp-') && n !== CACHE_NAME).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE_NAME).then((cache) =>
          cache.match(new URL('./', self.registration.scope).href)
            .then((hit) => hit || cache.match(request, { ignoreSearch: true }))
            .then((hit) => hit || Response.error()))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE_NAME).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => {
        if (hit) return hit;
        return fetch(request).then((response) => {
          if (response.ok && response.type === 'basic') cache.put(request, response.clone());
          return response;
        });
      })),
  );
});
