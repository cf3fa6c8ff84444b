// Shows the choropleth prerendered into index.html at build time (scripts/vite-plugin-prerender-map.ts)
// when the address asks for the default view, and marks its first paint. An external file because the
// Content-Security-Policy forbids inline scripts. The app removes the SVG once the live map is drawn.
(function () {
  var box = document.getElementById('prerender-map');
  if (!box) return;
  var q = new URLSearchParams(location.search);
  var d = box.dataset;
  // parameters that keep the default map (the panel tab does not change it); any other one changes the view
  var KEEPS_MAP = { i: d.indicator, d: d.date, l: d.level, c: d.classification, lang: d.lang, t: null };
  var asDefault = true;
  q.forEach(function (value, key) {
    if (!Object.prototype.hasOwnProperty.call(KEEPS_MAP, key)) asDefault = false;
    else if (KEEPS_MAP[key] !== null && value !== KEEPS_MAP[key]) asDefault = false;
  });
  if (!asDefault) {
    // another view: the app draws it and sets the mark itself
    box.remove();
    return;
  }
  box.hidden = false;
  // a task queued from the next frame runs after that frame (with the SVG) is painted
  requestAnimationFrame(function () {
    setTimeout(function () {
      if (document.getElementById('prerender-map')) performance.mark('choropleth-painted');
    }, 0);
  });
})();
