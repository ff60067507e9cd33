// The host script for the Belgium – United States infographic's embeds.
// Include it once on a page that embeds them:
//   <script src="https://ORIGIN/embed.js" async></script>
// It finds the page's iframes showing an embed of this site (/{lang}/embed…),
// gives each an id and no border, and sets each frame's height from the
// messages the frame sends ({ type: "be-us:height", id, height }) from its
// own window. Messages from any other origin
// are ignored. It depends on nothing, and the frames work without it, at the
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

  const hello = (frame, id) => {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "be-us:hello", id }, origin);
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
  }
})();
