import { CARD, MOUNTED } from './names.js';

// keepReaderState keeps what the reader did to the served page while
// app.wasm loaded, when app.wasm then takes the page over: go-app puts
// its own elements in place of the served ones, which would close the
// boxes the reader opened, drop the focus and the selection, and so move
// the page under the reader. The page is the same on both sides, so this
// notes each place as the nearest element with an id and the path of
// child indexes from it, as the reader acts, and puts everything back
// once app.wasm has mounted (the MOUNTED performance mark).
export function keepReaderState() {
  if (performance.getEntriesByName(MOUNTED).length) return;
  // A place is the nearest element with an id, the path of element
  // indexes from it and, for a text node, its index among its parent's
  // text nodes: the whitespace between elements may differ on the two
  // sides, the elements and their text do not.
  const where = (node) => {
    let text = -1;
    let n = node;
    if (n && n.nodeType === Node.TEXT_NODE) {
      if (!n.parentElement) return null;
      text = [...n.parentElement.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).indexOf(n);
      n = n.parentElement;
    }
    const path = [];
    while (n && n !== document.body && !n.id) {
      const parent = n.parentElement;
      if (!parent) return null;
      path.unshift([...parent.children].indexOf(n));
      n = parent;
    }
    if (!n) return null;
    return { id: n === document.body ? '' : n.id, path, text };
  };
  const find = (place) => {
    if (!place) return null;
    let n = place.id ? document.getElementById(place.id) : document.body;
    for (const i of place.path) {
      if (!n) return null;
      n = n.children[i];
    }
    if (n && place.text >= 0) {
      n = [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE)[place.text];
    }
    return n || null;
  };

  const open = new Map(); // details, by their place's key
  let card = null;
  let focus = null;
  let selection = null;
  // The reader's place in the page: the element at the top of the
  // viewport and how far above the viewport's top it starts.
  let anchor = null;
  const key = (place) => place.id + '/' + place.path.join('.') + '/' + place.text;

  const onToggle = (event) => {
    const t = event.target;
    if (t instanceof HTMLDetailsElement) {
      const place = where(t);
      if (place) t.open ? open.set(key(place), place) : open.delete(key(place));
    } else if (t instanceof HTMLElement && t.classList.contains(CARD)) {
      card = event.newState === 'open' ? t.id : null;
    }
  };
  const onFocus = (event) => { focus = where(event.target); };
  const onSelect = () => {
    const active = document.activeElement;
    if (active && typeof active.selectionStart === 'number' && active.selectionEnd > active.selectionStart) {
      selection = { field: where(active), start: active.selectionStart, end: active.selectionEnd };
      return;
    }
    const s = document.getSelection();
    if (!s || s.rangeCount === 0 || s.isCollapsed) return;
    const r = s.getRangeAt(0);
    selection = { from: where(r.startContainer), start: r.startOffset, to: where(r.endContainer), end: r.endOffset };
  };
  // Read once a frame at most: a scroll fires more often, and the read
  // lays the page out.
  let frame = 0;
  const onScroll = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const e = document.elementFromPoint(innerWidth / 2, 1);
      const place = e && where(e);
      anchor = place ? { place, top: e.getBoundingClientRect().top } : null;
    });
  };

  document.addEventListener('toggle', onToggle, true);
  document.addEventListener('focusin', onFocus);
  document.addEventListener('selectionchange', onSelect);
  addEventListener('scroll', onScroll, { passive: true });

  const restore = () => {
    document.removeEventListener('toggle', onToggle, true);
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('selectionchange', onSelect);
    removeEventListener('scroll', onScroll);
    cancelAnimationFrame(frame);
    for (const place of open.values()) {
      const d = find(place);
      if (d instanceof HTMLDetailsElement) d.open = true;
    }
    const c = card && document.getElementById(card);
    if (c && !c.matches(':popover-open')) {
      const mark = document.querySelector('[popovertarget="' + card + '"]');
      try {
        c.showPopover(mark ? { source: mark } : undefined);
      } catch (err) {
        // A card that cannot open again stays closed.
      }
    }
    const f = find(focus);
    if (f instanceof HTMLElement && f !== document.activeElement) f.focus({ preventScroll: true });
    if (selection && selection.field) {
      const field = find(selection.field);
      if (field && typeof field.setSelectionRange === 'function') field.setSelectionRange(selection.start, selection.end);
    } else if (selection) {
      const from = find(selection.from);
      const to = find(selection.to);
      if (from && to) {
        try {
          const r = document.createRange();
          r.setStart(from, selection.start);
          r.setEnd(to, selection.end);
          const s = document.getSelection();
          s.removeAllRanges();
          s.addRange(r);
        } catch (err) {
          // The selection's text changed: it is left.
        }
      }
    }
    const back = () => {
      const e = anchor && find(anchor.place);
      if (!(e instanceof Element)) return;
      const off = e.getBoundingClientRect().top - anchor.top;
      if (Math.abs(off) > 1) scrollBy({ top: off, behavior: 'instant' });
    };
    back();
    // Once more after the next frame, when what app.wasm does on mount
    // has been laid out.
    requestAnimationFrame(() => requestAnimationFrame(back));
  };

  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName(MOUNTED).length) return;
    observer.disconnect();
    restore();
  }).observe({ type: 'mark', buffered: false });
}
