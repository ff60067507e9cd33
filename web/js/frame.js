import { BUNDLE, CANVAS, CARD, SWITCHER, THEME } from './names.js';
import { marks } from './marks.js';

// The one script of an embedded page (/{lang}/embed…), which never loads
// app.wasm nor go-app's scripts. It
//   - applies the display flags: ?theme=light|dark|auto|host, ?plain (no
//     title block; the source line stays) and ?transparent (no
//     background), and keeps them on the language links;
//   - under ?theme=host, takes the theme the host script says the host
//     page has, whenever it changes;
//   - loads the ECharts bundle when a chart of amounts nears the screen
//     (data-charts on this script names the bundle);
//   - adds to the charts' marks what the page's script adds (marks.js);
//   - tells the host page its content height, whenever it changes, an
//     open card included.
//
// Height messages go to the parent window:
//   { type: "be-us:height", id: "<id>", height: <CSS pixels> }
// The id is the one the host script gave this frame with
//   { type: "be-us:hello", id: "<id>" }
// or, before that, the frame's name. A hello is answered at once, so a host
// script that runs after the frame has loaded still learns its height.
(() => {
  const root = document.documentElement;
  const script = document.currentScript;

  marks();

  // The display flags: the theme, no title block, no background. The
  // language links keep them, so a switch keeps the look.
  const params = new URLSearchParams(location.search);
  const theme = params.get("theme");
  const kept = new URLSearchParams();
  if (theme === "light" || theme === "dark" || theme === "auto" || theme === "host") {
    // Until the host says its theme, the reader's system's.
    root.setAttribute(THEME, theme === "host" ? "auto" : theme);
    kept.set("theme", theme);
  }
  for (const flag of ["plain", "transparent"]) {
    if (params.has(flag)) {
      root.classList.add("is-" + flag);
      kept.set(flag, "");
    }
  }
  const query = kept.toString().replace(/=(&|$)/g, "$1");
  if (query) {
    for (const a of document.querySelectorAll("." + SWITCHER + " a[href]")) {
      a.href = a.pathname + "?" + query + a.hash;
    }
  }

  // The bundle comes once a chart of amounts is on screen (or near it,
  // where the browser lets a frame look beyond its host's viewport), when
  // the browser has a moment: an embed far down the host page costs the
  // host nothing until the reader scrolls to it.
  const bundle = script && script.getAttribute(BUNDLE);
  if (bundle) {
    let added = false;
    const add = () => {
      if (added) return;
      added = true;
      const s = document.createElement("script");
      s.src = bundle;
      document.head.appendChild(s);
    };
    const soon = () => (window.requestIdleCallback ? requestIdleCallback(add, { timeout: 1000 }) : setTimeout(add, 0));
    const canvases = document.querySelectorAll("." + CANVAS);
    if (window.IntersectionObserver && canvases.length) {
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          seen.disconnect();
          soon();
        }
      }, { rootMargin: "400px 0px" });
      canvases.forEach((c) => seen.observe(c));
    } else {
      requestAnimationFrame(soon);
    }
  }

  if (window.parent === window) return;

  let id = window.name || "";
  let sent = -1;
  let queued = false;
  // A page whose height keeps changing (a host stylesheet fighting ours)
  // stops reporting rather than resize its frame for ever.
  let budget = 120;
  let refill = 0;
  const startRefill = () => {
    clearInterval(refill);
    refill = setInterval(() => { budget = Math.min(120, budget + 20); }, 2000);
  };
  startRefill();

  // An open card is in the top layer, out of the content's flow: the
  // frame grows to show it whole.
  const measure = () => {
    let height = root.getBoundingClientRect().height;
    for (const card of document.querySelectorAll("." + CARD + ":popover-open")) {
      height = Math.max(height, card.getBoundingClientRect().bottom + scrollY + 8);
    }
    return Math.ceil(height);
  };
  let retry = 0;
  const send = (force) => {
    queued = false;
    const height = measure();
    if (!force && height === sent) return;
    if (budget <= 0) {
      // Out of messages: the last height still goes, after the refill.
      clearTimeout(retry);
      retry = setTimeout(() => send(false), 2100);
      return;
    }
    budget--;
    sent = height;
    window.parent.postMessage({ type: "be-us:height", id, height }, "*");
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => send(false));
  };

  // The host script's messages: its hello, and, under ?theme=host, the
  // host page's theme, whenever it changes.
  window.addEventListener("message", (event) => {
    const m = event.data;
    if (event.source !== window.parent || !m) return;
    if (m.type === "be-us:hello" && typeof m.id === "string") {
      id = m.id.slice(0, 100);
      send(true);
    } else if (m.type === "be-us:theme" && theme === "host" && (m.theme === "light" || m.theme === "dark")) {
      root.setAttribute(THEME, m.theme);
    }
  });

  // The root's box follows the content (no height of the page depends on
  // the frame's), so setting the frame to it converges at once.
  if (window.ResizeObserver) new ResizeObserver(schedule).observe(root);
  document.addEventListener("toggle", schedule, true);
  window.addEventListener("load", schedule);
  window.addEventListener("pagehide", () => clearInterval(refill));
  // Back from the back/forward cache: the refill starts again, and the
  // host hears the height at once.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    startRefill();
    send(true);
  });
  schedule();
})();
