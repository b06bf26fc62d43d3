// The respondent page's service worker registration (inlined into answer.html by
// Trunk). The worker is the workbench's sw.js, told by `?entry=answer` to precache
// only the respondent page's files, so a respondent never downloads the workbench.
// On a device where the workbench already registered its worker (the owner's), that
// worker serves this page too and is left alone; registering the answer-only worker
// over it would drop the workbench from the offline cache.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    sw.getRegistration().then((existing) => {
      if (existing) {
        existing.update().catch(() => {});
        return null;
      }
      return sw.register('sw.js?entry=answer');
    }).catch(() => {
      // No worker (blocked, private mode, file://): the page works online as before.
    });
  });
})();
