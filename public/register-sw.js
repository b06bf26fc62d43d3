// Registers the service worker (sw.js, next to this page, so its scope is the page's
// own directory under any sub-path) and runs the update flow with the app:
//   a new version installed and waiting -> <html data-update-ready> and the window
//   event "dsv:update-ready" (the app then shows its notice);
//   the app's Reload button -> the window event "dsv:update-apply" -> the waiting
//   worker takes over -> one reload when it controls the page.
// Inlined into index.html by Trunk.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  let registration = null;
  let reloading = false;

  const ready = () => {
    document.documentElement.setAttribute('data-update-ready', '');
    window.dispatchEvent(new Event('dsv:update-ready'));
  };
  // A worker that finishes installing while another one controls the page is a new
  // version waiting; on the very first visit nothing controls the page yet.
  const watch = (worker) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && sw.controller) ready();
    };
    worker.addEventListener('statechange', check);
    check();
  };

  window.addEventListener('dsv:update-apply', () => {
    const waiting = registration && registration.waiting;
    reloading = true;
    if (waiting) waiting.postMessage('skipWaiting');
    else location.reload();
  });
  sw.addEventListener('controllerchange', () => {
    if (!reloading) return;
    reloading = false;
    location.reload();
  });

  window.addEventListener('load', () => {
    sw.register('sw.js').then((reg) => {
      registration = reg;
      if (reg.waiting && sw.controller) ready();
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
      // A tab left open for days still learns about a new version.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') reg.update().catch(() => {});
      });
    }).catch(() => {
      // No worker (blocked, private mode, file://): the app works online as before.
    });
  });
})();
