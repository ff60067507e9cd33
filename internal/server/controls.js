
// The embed codes' controls (app/embedcode.go), by delegation from the
// document, so that they keep working when app.wasm replaces the page:
//   - an embed code written without the site's public address gets the
//     page's own origin in front of its paths when it is opened;
//   - the copy button, hidden without script, copies the code and says so;
//   - Escape closes the open embed code and gives the focus back to its
//     summary.
(() => {
  const fixOrigin = (code) => {
    if (!code || code.dataset.origin !== "page") return;
    code.value = code.value.replace(/(src=")\//g, "$1" + location.origin + "/");
    code.defaultValue = code.value;
    delete code.dataset.origin;
  };
  const prepare = (details) => {
    fixOrigin(details.querySelector("textarea"));
    const button = details.querySelector("button[data-copy]");
    if (button) button.hidden = false;
  };
  document.addEventListener("toggle", (event) => {
    const details = event.target;
    if (details instanceof HTMLDetailsElement && details.classList.contains("embedcode") && details.open) {
      prepare(details);
    }
  }, true);

  const say = (button, key) => {
    const status = button.parentElement.querySelector(".embedcode__status");
    if (!status) return;
    status.textContent = status.dataset[key] || "";
    clearTimeout(status.clear);
    status.clear = setTimeout(() => { status.textContent = ""; }, 6000);
  };
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest("button[data-copy]");
    if (!button) return;
    const code = document.getElementById(button.dataset.copy);
    if (!code) return;
    fixOrigin(code);
    const selectAll = () => { code.focus(); code.select(); };
    const copy = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(code.value)
      : Promise.reject(new Error("no clipboard"));
    copy.then(() => say(button, "copied"), () => {
      selectAll();
      let done = false;
      try { done = document.execCommand("copy"); } catch (err) { done = false; }
      say(button, done ? "copied" : "failed");
    });
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !(event.target instanceof Element)) return;
    const details = event.target.closest("details.embedcode[open]");
    if (!details) return;
    details.open = false;
    details.querySelector("summary").focus();
    event.preventDefault();
  });
})();
