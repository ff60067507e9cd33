import { COPIED, COPY, DATA_TABLE, EMBED_CODE, FAILED, KIT, ORIGIN, STATUS, SWITCHER, THEME, THEME_TOGGLE } from './names.js';


// The embed codes' controls (app/embedcode.go), and those of the share
// boxes and citations (app/sharebox.go), by delegation from the document,
// so that they keep working when app.wasm replaces the page:
//   - a code whose addresses are paths gets, when it is opened,
//     the site's public address in front of them (the origin of the
//     page's og:url, which the server writes when it knows it), else the
//     page's own origin;
//   - the copy button, hidden without script, copies the code and says so;
//     so do the social-media kit's buttons (app/kit.go), each of its
//     caption or alt text, shown at once;
//   - Escape closes the open embed code and gives the focus back to its
//     summary.
(() => {
  const origin = () => {
    const og = document.querySelector('meta[property="og:url"]');
    try {
      if (og) return new URL(og.content).origin;
    } catch (err) {
      // An og:url that is no address: the page's origin will do.
    }
    return location.origin;
  };
  // A path starts a field's value, an attribute's value or a word.
  const fixOrigin = (code) => {
    if (!code || code.getAttribute(ORIGIN) !== "page") return;
    code.value = code.value.replace(/(^|[\s"])\/(?!\/)/g, "$1" + origin() + "/");
    code.defaultValue = code.value;
    code.removeAttribute(ORIGIN);
  };
  const prepare = (details) => {
    details.querySelectorAll("textarea, input").forEach(fixOrigin);
    details.querySelectorAll("button[" + COPY + "]").forEach((b) => { b.hidden = false; });
  };
  for (const button of document.querySelectorAll("." + KIT + " button[" + COPY + "][hidden]")) button.hidden = false;
  document.addEventListener("toggle", (event) => {
    const details = event.target;
    if (details instanceof HTMLDetailsElement && details.classList.contains(EMBED_CODE) && details.open) {
      prepare(details);
    }
  }, true);

  const say = (button, key) => {
    const status = button.parentElement.querySelector("." + STATUS);
    if (!status) return;
    status.textContent = status.getAttribute(key) || "";
    clearTimeout(status.clear);
    status.clear = setTimeout(() => { status.textContent = ""; }, 6000);
  };
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest("button[" + COPY + "]");
    if (!button) return;
    const code = document.getElementById(button.getAttribute(COPY));
    if (!code) return;
    fixOrigin(code);
    const selectAll = () => { code.focus(); code.select(); };
    const copy = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(code.value)
      : Promise.reject(new Error("no clipboard"));
    copy.then(() => say(button, COPIED), () => {
      selectAll();
      let done = false;
      try { done = document.execCommand("copy"); } catch (err) { done = false; }
      say(button, done ? COPIED : FAILED);
    });
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !(event.target instanceof Element)) return;
    const details = event.target.closest("details." + EMBED_CODE + "[open]");
    if (!details) return;
    details.open = false;
    details.querySelector("summary").focus();
    event.preventDefault();
  });
})();

// The theme: the system's, unless the reader chose with a theme button
// (app/themetoggle.go), a choice kept in the browser. The buttons show only
// where this runs; the stylesheet shows in each the theme it switches to.
//
// A link may ask for a theme (?theme=light|dark|auto: a kiosk, a shared
// link): it wins over the kept choice, is not kept, and stays on the
// language links, so a switch keeps it.
(() => {
  const root = document.documentElement;
  const key = "be-us:theme";
  const asked = new URLSearchParams(location.search).get("theme");
  if (asked === "light" || asked === "dark" || asked === "auto") {
    root.setAttribute(THEME, asked);
    for (const a of document.querySelectorAll("." + SWITCHER + " a[href]")) {
      a.href = a.pathname + "?theme=" + asked + a.hash;
    }
  } else {
    try {
      const saved = localStorage.getItem(key);
      if (saved === "light" || saved === "dark") root.setAttribute(THEME, saved);
    } catch (err) {
      // Storage refused (a frame of another site, a private mode): the
      // system's theme, and a choice that lasts the visit.
    }
  }
  root.classList.add("has-theme-toggle");
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest("[" + THEME_TOGGLE + "]");
    if (!button) return;
    const chosen = root.getAttribute(THEME);
    const dark = chosen ? chosen === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    const next = dark ? "light" : "dark";
    root.setAttribute(THEME, next);
    try {
      localStorage.setItem(key, next);
    } catch (err) {
      // Not kept: see above.
    }
  });
})();

// Printing opens every data table, so that the printed page has them,
// and closes again those that were closed.
(() => {
  let opened = [];
  addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("details." + DATA_TABLE + ":not([open])")];
    opened.forEach((d) => { d.open = true; });
  });
  addEventListener("afterprint", () => {
    opened.forEach((d) => { d.open = false; });
    opened = [];
  });
})();
