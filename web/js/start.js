// The start of the page's scripts, in place of the start of go-app's app.js
// (internal/server/appjs.go), whose functions it calls.
//
// The page is complete without script: its text, figures and tables are in
// the HTML. Once it has first painted, this loads the ECharts bundle, which
// draws the charts of amounts: the bundle then never competes with the
// page's text for the network or the processor.
//
// app.wasm runs where it serves:
//   - on a desktop (a fine pointer and a window at least 1024 px wide):
//     once the charts are drawn and the browser is idle;
//   - at once on the presentation (data-wasm-policy="now"), which it runs;
//   - never on a phone or tablet, with Save-Data, or in a frame: nothing
//     there needs it, and it would cost the reader seconds of processor;
//   - never on a page of text only the server writes (data-wasm-policy
//     "never": the accessibility statement);
//   - ?wasm=off, ?wasm=idle or ?wasm=now overrides this, for testing.
// Where storage is blocked (a frame on another site), go-app cannot run:
// the page is left as it is. So is it when app.wasm fails: go-app builds
// its page apart and puts it in place only once it is whole. The page's
// <html data-app> says what became of app.wasm.
// The service worker, which keeps everything for offline use, comes with
// app.wasm: a phone gets nothing it will not use.
import { APP, LOADER, RUNTIME, WASM_POLICY } from './names.js';

goappWatchForUpdate();
goappWatchForInstallable();

// goappCharts is kept once the ECharts bundle has drawn the page's charts,
// or has failed to load. The bundle is added after the page's first paint;
// a hidden tab, which paints nothing, gets it at once.
const goappCharts = new Promise((resolve) => {
  const add = () => {
    const script = document.createElement("script");
    script.src = "{{CHARTS_BUNDLE}}";
    script.onload = () => (window[RUNTIME] ? window[RUNTIME].ready : Promise.resolve()).then(resolve, resolve);
    script.onerror = () => resolve();
    document.head.appendChild(script);
  };
  if (document.hidden) {
    add();
  } else {
    requestAnimationFrame(() => setTimeout(add, 0));
  }
});

// goappState records what became of app.wasm on the page, for the tests
// and the curious: off, waiting, loading, blocked or done.
function goappState(state) {
  document.documentElement.setAttribute(APP, state);
}

function goappPolicy() {
  // A page of text only the server writes (data-wasm-policy="never").
  if (document.querySelector("[" + WASM_POLICY + '="never"]')) return "off";
  const asked = new URLSearchParams(location.search).get("wasm");
  if (asked === "off" || asked === "idle" || asked === "now") return asked;
  // The presentation is where app.wasm serves: it runs at once.
  if (document.querySelector("[" + WASM_POLICY + '="now"]')) return "now";
  if (window.top !== window.self) return "off";
  const connection = navigator.connection;
  if (connection && connection.saveData) return "off";
  const desktop = matchMedia("(pointer: fine)").matches && innerWidth >= 1024;
  return desktop ? "idle" : "off";
}

function goappStorageWorks() {
  try {
    const s = window.localStorage;
    s.setItem("goapp-probe", "1");
    s.removeItem("goapp-probe");
    return true;
  } catch (err) {
    return false;
  }
}

function goappStart() {
  if (!goappStorageWorks()) {
    document.getElementById(LOADER)?.remove();
    goappState("blocked");
    return;
  }
  goappState("loading");
  document.documentElement.classList.add("app-loading");
  goappInitWebAssembly().finally(() => {
    document.documentElement.classList.remove("app-loading");
    document.getElementById(LOADER)?.remove();
    goappState("done");
    goappInitServiceWorker();
  });
}

// goappWhenIdle runs start once the page has loaded, its charts are drawn
// (or have had 10 s) and the browser has a moment to spare.
function goappWhenIdle(start) {
  goappState("waiting");
  const loaded = document.readyState === "complete"
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  loaded
    .then(() => Promise.race([goappCharts, new Promise((resolve) => setTimeout(resolve, 10000))]))
    .then(() => {
      if (window.requestIdleCallback) {
        requestIdleCallback(start, { timeout: 2000 });
      } else {
        setTimeout(start, 200);
      }
    });
}

switch (goappPolicy()) {
  case "now":
    goappStart();
    break;
  case "idle":
    goappWhenIdle(goappStart);
    break;
  default:
    document.getElementById(LOADER)?.remove();
    goappState("off");
}
