// Shows the choropleth prerendered into index.html at build time (scripts/vite-plugin-prerender-map.ts)
// when the address asks for the default view, marks its first paint, and only then starts the app:
// the build moves the app's module scripts and stylesheets from the HTML onto this script's
// data-app-modules / data-app-styles, because in the HTML they are fetched, parsed and run before the
// browser's first paint (issue 12). An external file because the Content-Security-Policy forbids
// inline scripts. The app removes the SVG once the live map is drawn.
(function () {
  var me = document.currentScript;
  var started = false;

  // stylesheets first (the app must not lay out unstyled), the module fetched meanwhile
  function startApp() {
    if (started || !me) return;
    started = true;
    var list = function (s) {
      return (s || '').split(' ').filter(Boolean);
    };
    var modules = list(me.dataset.appModules);
    var styles = list(me.dataset.appStyles);
    var head = document.head;
    var add = function (tag, props) {
      var el = document.createElement(tag);
      for (var k in props) el[k] = props[k];
      head.appendChild(el);
      return el;
    };
    var run = function () {
      modules.forEach(function (src) {
        add('script', { type: 'module', crossOrigin: '', src: src });
      });
    };
    modules.forEach(function (src) {
      add('link', { rel: 'modulepreload', crossOrigin: '', href: src });
    });
    var pending = styles.length;
    if (!pending) return run();
    styles.forEach(function (href) {
      var link = add('link', { rel: 'stylesheet', crossOrigin: '', href: href });
      link.onload = link.onerror = function () {
        if (--pending === 0) run();
      };
    });
  }

  var box = document.getElementById('prerender-map');
  if (!box) return startApp();
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
    // another view: the app draws it and sets the mark itself, so nothing to paint first
    box.remove();
    return startApp();
  }
  box.hidden = false;
  // a hidden tab runs no animation frames and paints nothing: start at once
  if (document.visibilityState === 'hidden') return startApp();
  // a task queued from the next frame runs after that frame (with the SVG) is committed
  requestAnimationFrame(function () {
    setTimeout(function () {
      if (document.getElementById('prerender-map')) performance.mark('choropleth-painted');
    }, 0);
  });
  // the app starts on the browser's own first-contentful-paint, which comes after that frame is shown
  // (on a slow GPU well after the mark); without paint timing, on the task after the next frame
  var supported = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!supported || supported.indexOf('paint') < 0) {
    requestAnimationFrame(function () {
      setTimeout(startApp, 0);
    });
    return;
  }
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    startApp();
  }).observe({ type: 'paint', buffered: true });
  // never wait for a paint that does not come
  setTimeout(startApp, 3000);
})();
