import { CARD, CARD_COPY, CARD_STATUS, COPIED, FAILED, FIGURES, LIVE, MARK, MARKS, SHARE, SHARE_TEXT, SHARE_TITLE, SWITCHER, WASM_POLICY } from './names.js';

// The marks of the charts and their cards (app/mark.go). Without this
// script a mark is a button that opens its card, a native popover, and
// the card closes with Escape or a click elsewhere. This script adds, by
// delegation from the document, so that it holds for whatever app.wasm
// renders:
//   - the arrow keys, Home and End, which move between the marks of a
//     chart, which becomes one Tab stop (a roving tabindex): as served,
//     every mark is one;
//   - the lit counterparts: hovering or focusing a mark lights every mark
//     that shows one of its figures, and tells the chart runtime, which
//     lights the bars ECharts drew ("be-us:lit");
//   - the address: an open card's mark is its fragment (#aid.direct, or
//     #aid-channels--aid.direct), which opens that card on load, and
//     which the language links keep;
//   - the focus back on the mark when its card closes;
//   - the card's copy button, which copies its direct link;
//   - the share buttons of the cards and the share boxes.
// On a live presentation, app.wasm owns the keys and the address: the
// arrows change slides there.
export function marks() {
  const live = () => document.querySelector('.' + LIVE) !== null;
  const markOf = (node) => (node instanceof Element ? node.closest('.' + MARK) : null);
  const cardOf = (mark) => mark && document.getElementById(mark.getAttribute('popovertarget'));
  const figuresOf = (mark) => (mark.getAttribute(FIGURES) || '').split(' ').filter(Boolean);

  // The roving tabindex: the mark last reached is the chart's Tab stop.
  const reach = (mark) => {
    const group = mark.closest('[' + MARKS + ']');
    if (!group) return;
    for (const m of group.querySelectorAll('.' + MARK)) m.tabIndex = m === mark ? 0 : -1;
  };
  // Every mark is a Tab stop as served, for a keyboard without script:
  // here each chart becomes one, its first mark, until another is reached.
  const rove = () => {
    if (live()) return;
    for (const group of document.querySelectorAll('[' + MARKS + ']')) {
      const first = group.querySelector('.' + MARK);
      if (first && !group.querySelector('.' + MARK + '[tabindex="0"]')) reach(first);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', rove);
  else rove();
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  document.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);
    const step = moves[event.key];
    if (!mark || step === undefined || event.altKey || event.ctrlKey || event.metaKey || live()) return;
    const group = mark.closest('[' + MARKS + ']');
    if (!group) return;
    const all = [...group.querySelectorAll('.' + MARK)];
    const at = all.indexOf(mark);
    const to = step === -Infinity ? 0 : step === Infinity ? all.length - 1 : Math.min(all.length - 1, Math.max(0, at + step));
    event.preventDefault();
    reach(all[to]);
    all[to].focus();
  });

  // The lit counterparts.
  let lit = [];
  const light = (mark) => {
    for (const m of lit) m.classList.remove('is-lit');
    lit = [];
    const figures = mark ? figuresOf(mark) : [];
    if (figures.length) {
      lit = [...document.querySelectorAll('.' + MARK + '[' + FIGURES + ']')]
        .filter((m) => figuresOf(m).some((f) => figures.includes(f)));
      for (const m of lit) m.classList.add('is-lit');
    }
    document.dispatchEvent(new CustomEvent('be-us:lit'));
  };
  // The mark last hovered or focused is lit; leaving a mark for no mark
  // lights the other, if any.
  let hovered = null;
  document.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark === hovered) return;
    hovered = mark;
    light(mark || markOf(document.activeElement));
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) reach(mark);
    light(mark || hovered);
  });
  document.addEventListener('focusout', (event) => {
    if (!markOf(event.relatedTarget)) light(hovered);
  });

  // The address and the focus. opener is the mark whose card is open.
  let opener = null;
  const path = () => location.pathname + location.search;
  const keepInLinks = () => {
    for (const a of document.querySelectorAll('.' + SWITCHER + ' a[href]')) {
      const to = new URL(a.href, location.href);
      to.hash = location.hash;
      a.href = to.href;
    }
  };
  const address = (hash) => {
    if (live() || location.hash === hash) return;
    history.replaceState(history.state, '', path() + hash);
    keepInLinks();
  };
  document.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) opener = mark;
  }, true);
  document.addEventListener('toggle', (event) => {
    const card = event.target;
    if (!(card instanceof HTMLElement) || !card.classList.contains(CARD)) return;
    const mark = opener && cardOf(opener) === card ? opener : document.querySelector('[popovertarget="' + card.id + '"]');
    if (!mark) return;
    if (event.newState === 'open') {
      address('#' + mark.id);
      return;
    }
    if (location.hash === '#' + mark.id) address('');
    const focus = document.activeElement;
    if (!focus || focus === document.body || card.contains(focus)) mark.focus({ preventScroll: true });
  }, true);
  // A card's link to elsewhere on the page closes it.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('.' + CARD + ' a[href^="#"]');
    const card = link && link.closest('.' + CARD);
    if (card && card.matches(':popover-open')) card.hidePopover();
  });

  // The card of the address's fragment: a mark's id, or a figure's, whose
  // first mark it opens (on the page, the key figure).
  const open = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (err) {
      return;
    }
    if (!id) return;
    let mark = document.getElementById(id);
    if (!mark || !mark.classList.contains(MARK)) {
      mark = [...document.querySelectorAll('.' + MARK + '[' + FIGURES + ']')].find((m) => figuresOf(m).includes(id));
    }
    const card = cardOf(mark);
    if (!card || card.matches(':popover-open')) return;
    opener = mark;
    reach(mark);
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    try {
      card.showPopover({ source: mark });
    } catch (err) {
      card.showPopover();
    }
  };
  if (!document.querySelector('[' + WASM_POLICY + '="now"]')) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', open);
    else open();
    addEventListener('hashchange', open);
    keepInLinks();
  }

  // The copy buttons, hidden without script.
  const clipboard = navigator.clipboard && window.isSecureContext;
  const show = () => {
    for (const b of document.querySelectorAll('button[' + CARD_COPY + '][hidden]')) b.hidden = false;
  };
  document.addEventListener('toggle', (event) => {
    if (clipboard && event.newState === 'open' && event.target instanceof Element && event.target.classList.contains(CARD)) show();
  }, true);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('button[' + CARD_COPY + ']');
    if (!button) return;
    const link = new URL(button.getAttribute(CARD_COPY), location.href).href;
    const status = button.parentElement.querySelector('.' + CARD_STATUS);
    const say = (key) => {
      if (!status) return;
      status.textContent = status.getAttribute(key) || '';
      clearTimeout(status.clear);
      status.clear = setTimeout(() => { status.textContent = ''; }, 6000);
    };
    (clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard')))
      .then(() => say(COPIED), () => say(FAILED));
  });

  // The share buttons, where the browser has a share sheet: on a phone,
  // outside a frame (a frame may not open one).
  if (navigator.share && window.parent === window) {
    const reveal = () => {
      for (const b of document.querySelectorAll('button[' + SHARE + '][hidden]')) b.hidden = false;
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reveal);
    else reveal();
    document.addEventListener('toggle', reveal, true);
    document.addEventListener('click', (event) => {
      const button = event.target instanceof Element && event.target.closest('button[' + SHARE + ']');
      if (!button) return;
      navigator.share({
        title: button.getAttribute(SHARE_TITLE) || document.title,
        text: button.getAttribute(SHARE_TEXT) || '',
        url: new URL(button.getAttribute(SHARE), location.href).href,
      }).catch(() => {
        // The reader closed the sheet: nothing to say.
      });
    });
  }
}
