// A survey link opened on the workbench's address (#/answer/k1.… or k2.…, as in QR
// codes already printed) goes to the respondent page, answer.html, before anything
// of the workbench is requested: window.stop() ends this page's loading (its
// scripts, styles and WebAssembly are never fetched), then the respondent page
// replaces it in the history. Inlined first in index.html's <head> by Trunk.
(() => {
  if (!/^#\/?answer\//.test(location.hash)) return;
  window.stop();
  location.replace('answer.html' + location.search + location.hash);
})();
