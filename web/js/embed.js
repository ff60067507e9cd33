import { THEME } from "./names.js";

// The host script for the Belgium – United States infographic's embeds.
// Include it once on a page that embeds them:
//   <script src="https://ORIGIN/embed.js" async></script>
// It finds the page's iframes showing an embed of this site (/{lang}/embed…),
// gives each an id and no border, and sets each frame's height from the
// messages the frame sends ({ type: "be-us:height", id, height }) from its
// own window. Messages from any other origin
// are ignored. To a frame asked with ?theme=host it says the host page's
// theme ({ type: "be-us:theme", theme: "light" | "dark" }), and says it
// again whenever it changes; data-be-us-theme="light|dark" on this script
// fixes it. It depends on nothing, and the frames work without it, at the
// height the embed code gives them.
(() => {
  const me = document.currentScript;
  if (!me || !me.src) return;
  const script = new URL(me.src);
  const origin = script.origin;
  // The site may be served under a path of its origin: the script's own.
  const base = script.pathname.replace(/\/embed\.js$/, "");
  // One registry a page, shared by the copies of this script, with one
  // entry per origin: the first copy for an origin does that origin's work.
  const key = "__beUsEmbeds";
  const all = window[key] instanceof Map ? window[key] : (window[key] = new Map());
  if (all.has(origin)) return;
  const frames = new Map();
  all.set(origin, frames);
  let next = 0;

  // Any language the site serves: the origin is what is checked.
  const embedPath = /^\/[a-z]{2,3}\/embed(\/[a-z0-9-]+)?\/?$/;
  const ours = (frame) => {
    try {
      const u = new URL(frame.src, location.href);
      return u.origin === origin && u.pathname.startsWith(base + "/") && embedPath.test(u.pathname.slice(base.length));
    } catch (err) {
      return false;
    }
  };

  // The host page's theme, for the frames asked with ?theme=host: the
  // script's data-be-us-theme, else the page's data-theme (the
  // convention this site's pages follow too) or a "dark"
  // class on its root or body, else its color-scheme, else the reader's
  // system's.
  const hostTheme = () => {
    const pick = (v) => (v === "light" || v === "dark" ? v : "");
    const el = [document.documentElement, document.body].filter(Boolean);
    let theme = pick(me.getAttribute("data-be-us-theme"));
    for (const e of el) {
      theme = theme || pick(e.getAttribute(THEME)) || (e.classList.contains("dark") ? "dark" : "");
    }
    if (!theme) {
      const scheme = getComputedStyle(document.documentElement).colorScheme.split(" ");
      if (scheme.length === 1) theme = pick(scheme[0]);
    }
    return theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  };
  const wantsHost = (frame) => {
    try {
      return new URL(frame.src, location.href).searchParams.get("theme") === "host";
    } catch (err) {
      return false;
    }
  };

  // A frame not yet loaded (a lazy one, far down the page) still holds
  // this page's blank document, which a message for the site's origin
  // cannot reach: it is greeted when it loads.
  const blank = (frame) => {
    try {
      return frame.contentWindow.location.href === "about:blank";
    } catch (err) {
      return false;
    }
  };
  const hello = (frame, id) => {
    const w = frame.contentWindow;
    if (!w || blank(frame)) return;
    w.postMessage({ type: "be-us:hello", id }, origin);
    if (wantsHost(frame)) w.postMessage({ type: "be-us:theme", theme: hostTheme() }, origin);
  };

  const adopt = (frame) => {
    // A frame copied from one of ours carries its id: it gets its own.
    if (frame.dataset.beUsId && frames.get(frame.dataset.beUsId) === frame) return;
    if (!ours(frame)) return;
    const id = "be-us-" + ++next;
    frame.dataset.beUsId = id;
    frames.set(id, frame);
    frame.style.border = "0";
    frame.addEventListener("load", () => hello(frame, id));
    hello(frame, id);
  };

  // The host page's theme changes: the frames that follow it hear it.
  let told = "";
  const tell = () => {
    const theme = hostTheme();
    if (theme === told) return;
    told = theme;
    for (const frame of frames.values()) {
      if (wantsHost(frame) && frame.contentWindow && !blank(frame)) {
        frame.contentWindow.postMessage({ type: "be-us:theme", theme }, origin);
      }
    }
  };

  const scan = () => {
    for (const [id, frame] of frames) {
      if (!frame.isConnected) frames.delete(id);
    }
    document.querySelectorAll("iframe").forEach(adopt);
  };

  window.addEventListener("message", (event) => {
    if (event.origin !== origin) return;
    const m = event.data;
    if (!m || m.type !== "be-us:height" || typeof m.height !== "number") return;
    let frame = frames.get(m.id);
    if (!frame || frame.contentWindow !== event.source) {
      frame = [...frames.values()].find((f) => f.contentWindow === event.source);
    }
    if (!frame) return;
    const height = Math.round(m.height);
    if (height > 0 && height < 50000) frame.style.height = height + "px";
  });

  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  // Frames a content management system adds, or gives an address, later.
  if (window.MutationObserver) {
    new MutationObserver(scan).observe(document.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: ["src"],
    });
    // A theme switch of the host page: an attribute of its root or body.
    const themed = new MutationObserver(tell);
    const watch = () => {
      for (const e of [document.documentElement, document.body]) {
        if (e) themed.observe(e, { attributes: true, attributeFilter: [THEME, "class", "style"] });
      }
    };
    watch();
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  }
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", tell);
})();
