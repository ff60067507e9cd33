// The start of the page's scripts, in place of the start of go-app's app.js
// (internal/server/appjs.go), whose functions it calls.
//
// The page is complete without script: its text, figures, tables and the
// marks of its charts are in the HTML, and a mark opens its card without
// script. This adds to the marks (marks.js) and loads the ECharts bundle,
// which draws the bars, when a chart of amounts nears the screen: a
// reader who never scrolls to one never pays for it. The presentation,
// whose charts app.wasm mounts, has the bundle at once.
//
// app.wasm runs where it serves:
//   - at once on the presentation (data-wasm-policy="now"), which it runs;
//   - nowhere else: on the page, what app.wasm would add (a language switch
//     without a page load) does not pay for its take-over, which froze
//     the page for a quarter to half a second on a desktop;
//   - ?wasm=off, ?wasm=idle or ?wasm=now overrides this, for testing; a
//     take-over then keeps what the reader opened, focused and selected
//     (takeover.js);
//   - ?print keeps the page as served, every chart drawn at once: the
//     presentation's slides one under the other, to print one a page.
// Where storage is blocked (a frame on another site), go-app cannot run:
// the page is left as it is. So is it when app.wasm fails: go-app builds
// its page apart and puts it in place only once it is whole. The page's
// <html data-app> says what became of app.wasm.
// The service worker, which keeps everything for offline use, comes with
// app.wasm: a phone gets nothing it will not use.
import { APP, CANVAS, LOADER, WASM_POLICY } from './names.js';
import { marks } from './marks.js';
import { keepReaderState } from './takeover.js';

marks();

goappWatchForUpdate();
goappWatchForInstallable();

// goappCharts adds the ECharts bundle: where app.wasm runs (its
// components then mount the charts), after the page's first paint (a
// hidden tab, which paints nothing, gets it at once); elsewhere once a
// chart of amounts is near the screen.
function goappCharts(policy, eager) {
  let added = false;
  const add = () => {
    if (added) return;
    added = true;
    const script = document.createElement("script");
    script.src = "{{CHARTS_BUNDLE}}";
    document.head.appendChild(script);
  };
  const canvases = document.querySelectorAll("." + CANVAS);
  if (policy !== "off" || eager || !window.IntersectionObserver) {
    if (document.hidden) add();
    else requestAnimationFrame(() => setTimeout(add, 0));
    return;
  }
  const near = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    near.disconnect();
    add();
  }, { rootMargin: "400px 0px" });
  canvases.forEach((c) => near.observe(c));
}

// goappState records what became of app.wasm on the page, for the tests
// and the curious: off, waiting, loading, blocked or done.
function goappState(state) {
  document.documentElement.setAttribute(APP, state);
}

function goappPolicy() {
  // A page of text only the server writes (data-wasm-policy="never").
  if (document.querySelector("[" + WASM_POLICY + '="never"]')) return "off";
  if (goappPrint) return "off";
  const asked = new URLSearchParams(location.search).get("wasm");
  if (asked === "off" || asked === "idle" || asked === "now") return asked;
  // The presentation is where app.wasm serves: it runs at once.
  if (document.querySelector("[" + WASM_POLICY + '="now"]')) return "now";
  return "off";
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
  keepReaderState();
  document.documentElement.classList.add("app-loading");
  goappInitWebAssembly().finally(() => {
    document.documentElement.classList.remove("app-loading");
    document.getElementById(LOADER)?.remove();
    goappState("done");
    goappInitServiceWorker();
  });
}

// goappWhenIdle runs start once the page has loaded and the browser has a
// moment to spare.
function goappWhenIdle(start) {
  goappState("waiting");
  const loaded = document.readyState === "complete"
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  loaded.then(() => {
    if (window.requestIdleCallback) {
      requestIdleCallback(start, { timeout: 2000 });
    } else {
      setTimeout(start, 200);
    }
  });
}

// goappPrint is whether the page is asked for paper (?print).
const goappPrint = new URLSearchParams(location.search).has("print");
const goappPolicyNow = goappPolicy();
goappCharts(goappPolicyNow, goappPrint);
switch (goappPolicyNow) {
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
