// A survey link opened on the workbench's address (#/answer/k1.… or k2.…, as in QR
// codes already printed) goes to the respondent page, answer.html, before anything
// of the workbench is requested: window.stop() ends this page's loading (its
// scripts, styles and WebAssembly are never fetched), then the respondent page
// replaces it in the history. Inlined first in index.html's <head> by Trunk. The
// build turns Trunk's preload links into inert ones that a script revives unless
// this one forwards (the browser's preload scanner would fetch them otherwise).
(() => {
  if (!/^#\/?answer\//.test(location.hash)) return;
  // Read by the preload links' script (.ci/answer-page): nothing is preloaded.
  window.dsvForwarding = true;
  window.stop();
  location.replace('answer.html' + location.search + location.hash);
})();
