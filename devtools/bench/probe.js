// Installed in every new document of the top window before the page's own
// scripts, this records the page's timings for the benchmark, which reads
// them back with window.__bench.read(). Times are performance.now()
// values: milliseconds since the navigation started. The paints and the
// layout shift are the web-vitals library's (vitals), reporting every
// change; the rest is what no library measures: the app's mount, the
// charts drawn, the long tasks, and when the page was last busy.
(config, vitals) => {
  if (window.__bench) {
    return;
  }
  const rec = {
    fcp: null,
    lcp: null,
    cls: null,
    mark: null,
    wasmFetch: null,
    loaderGone: null,
    chartsDrawn: null,
    scrolled: null,
    inp: null,
    longTasks: [],
    lastActivity: 0,
  };
  const everyChange = { reportAllChanges: true };
  vitals.onFCP((m) => { rec.fcp = m.value; }, everyChange);
  vitals.onLCP((m) => { rec.lcp = m.value; }, everyChange);
  vitals.onCLS((m) => { rec.cls = m.value; }, everyChange);
  let parsed = false;

  const busy = (until) => {
    rec.lastActivity = Math.max(rec.lastActivity, until);
  };
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry))
        .observe({ type, buffered: true });
    } catch (e) {
      // This browser lacks the entry type: its metric stays empty.
    }
  };
  observe("mark", (e) => {
    if (e.name === config.mountMark && rec.mark === null) rec.mark = e.startTime;
  });
  observe("resource", (e) => {
    if (rec.wasmFetch === null && /\/app\.[0-9a-f]+\.wasm$/.test(new URL(e.name).pathname)) {
      rec.wasmFetch = e.startTime;
    }
  });
  observe("longtask", (e) => {
    rec.longTasks.push({ start: e.startTime, duration: e.duration });
    busy(e.startTime + e.duration);
  });
  // The longest interaction (Event Timing, as INP counts them): events of
  // 16 ms and more, the least the API reports.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) rec.inp = Math.max(rec.inp || 0, e.duration);
      }
    }).observe({ type: "event", buffered: true, durationThreshold: 16 });
  } catch (e) {
    // No Event Timing: no INP.
  }
  // A layout shift keeps the load from its end as a long task does; its
  // score is web-vitals' business.
  observe("layout-shift", (e) => {
    if (!e.hadRecentInput) busy(e.startTime);
  });

  // The app may replace the whole document element, so every check queries
  // the document afresh.
  const charts = () => {
    const all = document.querySelectorAll(config.chartSelector);
    let ready = 0;
    for (const c of all) {
      if (c.getAttribute(config.readyAttribute) === "1") ready++;
    }
    return { total: all.length, ready };
  };
  const check = () => {
    const now = performance.now();
    if (rec.chartsDrawn === null) {
      const c = charts();
      if (c.total === config.charts && c.ready === c.total) rec.chartsDrawn = now;
    }
    // Before the parser is done the loader may just not be parsed yet.
    if (parsed && rec.loaderGone === null && !document.getElementById(config.loaderID)) {
      rec.loaderGone = now;
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [config.readyAttribute],
  });
  document.addEventListener("DOMContentLoaded", () => {
    parsed = true;
    check();
  });

  window.__bench = {
    // bringCharts scrolls the first chart of amounts into view, as a
    // reader does: the page draws its charts as they near the screen.
    bringCharts() {
      const c = document.querySelector(config.canvasSelector);
      if (!c) return false;
      rec.scrolled = performance.now();
      c.scrollIntoView({ block: "center" });
      return true;
    },
    read() {
      check();
      const c = charts();
      return Object.assign({}, rec, {
        now: performance.now(),
        chartsTotal: c.total,
        chartsReady: c.ready,
        loaderPresent: document.getElementById(config.loaderID) !== null,
      });
    },
  };
}
