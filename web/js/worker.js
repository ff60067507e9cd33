// The site's service worker, which go-app serves as /app-worker.js with
// its two fields filled in: the version of everything it keeps, and the
// addresses to keep.
//
// It keeps, once a page of the site has run app.wasm (the start script
// registers it then), what the page and the presentation need without
// network. It installs only once everything is kept, and then takes over
// from the worker before it, whose keeping it deletes. A page is asked of
// the network first, and taken from what is kept only when the network
// fails: a returning reader gets the page the server serves now, with its
// headers. Everything else comes from what is kept, else the network.
// It handles nothing else: the site sends no messages to show.

const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = JSON.parse(String.raw`{{.ResourcesToCache}}`);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(request).then((kept) => kept || Response.error())));
    return;
  }
  event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
});
