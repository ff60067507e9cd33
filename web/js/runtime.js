// The page's chart runtime: it draws the charts of amounts with ECharts
// from the options the server wrote into the page, and keeps them drawn at
// the size of their box. It owns every ECharts instance on the page.
//
// A chart's figure (CHART) holds its option as inert JSON in a
// <script type="application/json"> (OPTION), and ECharts draws on a
// surface (SURFACE) it adds to the figure's canvas (CANVAS). The
// runtime draws every such figure as soon as the bundle has run. After
// that, app.wasm's chart components call mount(figure) and
// release(figure): mount adopts the drawing of the same chart made before
// app.wasm replaced the page, so nothing is drawn twice.
//
// Colours are not in the options: they come from the stylesheet's custom
// properties (--chart-1, --chart-2, --chart-3), as an ECharts theme. Nor is
// any text: the page writes each bar's name and amount in HTML, above the
// track its bar is drawn in (place).

import { CANVAS, CHART, LANG, MARK, OPTION, READY, SURFACE, THEME, TRACK } from './names.js';

// drawn maps each surface to its chart: { key, chart, option, observer,
// layout }.
const drawn = new Map();
// theme is the name of the ECharts theme made from the stylesheet, ''
// until one is; it changes with the page's theme (light or dark).
let theme = '';
let themes = 0;

function keyOf(figure) {
  return figure.getAttribute(CHART) + '/' + (figure.getAttribute(LANG) || '');
}

// registerTheme reads the palette from the stylesheet, once for each of
// the page's themes, and returns the ECharts theme's name.
function registerTheme(echarts, element) {
  if (theme) return theme;
  const css = getComputedStyle(element);
  const prop = (name) => css.getPropertyValue(name).trim();
  theme = 'page-' + ++themes;
  echarts.registerTheme(theme, {
    color: [prop('--chart-1'), prop('--chart-2'), prop('--chart-3')].filter(Boolean),
    backgroundColor: 'transparent',
  });
  return theme;
}

// retheme gives every chart the page's new theme: the reader switched it,
// or the system did.
function retheme(echarts) {
  theme = '';
  for (const [surface, record] of drawn) {
    if (!surface.isConnected || record.chart.isDisposed()) continue;
    record.chart.setTheme(registerTheme(echarts, surface));
  }
}

// followTheme redraws the charts in the page's colours whenever its theme
// changes.
export function followTheme(echarts) {
  const again = () => retheme(echarts);
  new MutationObserver(again).observe(document.documentElement, { attributes: true, attributeFilter: [THEME] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', again);
}

// followPrint lays every chart out again, at once, when the page goes to
// paper and when it comes back to the screen: the paper is not as wide
// as the screen, and the browser prints before a resize is observed.
export function followPrint() {
  matchMedia('print').addEventListener('change', () => {
    for (const [surface, record] of drawn) {
      if (!surface.isConnected || record.chart.isDisposed()) continue;
      record.chart.resize();
      const l = layout(surface);
      if (l) {
        record.layout = l.key;
        record.chart.setOption(l.option);
      }
      record.chart.getZr().flush();
    }
  });
}

// layout is where the bars go: the page writes each bar's name and
// amount in HTML, above an empty track, and the grid's rows are equal,
// so the bars' band is the distance between two tracks, and each bar is
// as thick as its track. The last band may run past the box, its bar
// never: ECharts must not shrink the grid into the box (outerBoundsMode).
function layout(surface) {
  const tracks = surface.parentElement.querySelectorAll('.' + TRACK);
  if (!tracks.length) return null;
  const box = surface.getBoundingClientRect();
  const first = tracks[0].getBoundingClientRect();
  const last = tracks[tracks.length - 1].getBoundingClientRect();
  const band = tracks.length > 1 ? (last.top - first.top) / (tracks.length - 1) : first.height * 3;
  const top = Math.round(first.top + first.height / 2 - band / 2 - box.top);
  const height = Math.round(band * tracks.length);
  const thick = Math.round(first.height);
  return {
    key: [top, height, thick].join(),
    option: { grid: [{ top, height, left: 0, right: 0, outerBoundsMode: 'none' }], series: [{ barWidth: thick }] },
  };
}

// place lays the bars in their tracks again, when the box changed size.
function place(record, surface) {
  const l = layout(surface);
  if (!l || l.key === record.layout) return;
  record.layout = l.key;
  record.chart.setOption(l.option, { lazyUpdate: true });
}

// draw draws one figure's chart and returns its record, or null.
function draw(echarts, figure, canvas) {
  const source = figure.querySelector('script.' + OPTION);
  if (!source) return null;
  const option = JSON.parse(source.textContent);
  // The bars grow in as the chart comes on screen, unless the reader
  // asked for less motion or the page is printed.
  if (!matchMedia('(prefers-reduced-motion: reduce), print').matches) {
    Object.assign(option, { animation: true, animationDuration: 500, animationEasing: 'cubicOut', animationDurationUpdate: 0 });
  }
  // A lit bar (its mark hovered or focused, or a counterpart's) is
  // outlined in the text's colour.
  const ink = getComputedStyle(canvas).getPropertyValue('--ink').trim();
  for (const series of option.series || []) {
    series.emphasis = { itemStyle: { borderColor: ink, borderWidth: 2 } };
  }
  const name = registerTheme(echarts, canvas);
  const surface = document.createElement('div');
  surface.className = SURFACE;
  // The canvas is the chart's image, with its description; what ECharts
  // writes inside is not read out a second time.
  surface.setAttribute('aria-hidden', 'true');
  canvas.appendChild(surface);
  const chart = echarts.init(surface, name, { renderer: 'svg' });
  // The bars are drawn in their tracks from the first frame.
  const first = layout(surface);
  if (first) {
    option.grid = first.option.grid;
    for (const series of option.series || []) series.barWidth = first.option.series[0].barWidth;
  }
  const record = { key: keyOf(figure), chart, option, observer: null, layout: first ? first.key : '', drawn: false };
  chart.on('finished', () => {
    record.drawn = true;
    const current = surface.closest('[' + CHART + ']');
    if (current) current.setAttribute(READY, '1');
  });
  chart.setOption(option, { lazyUpdate: true });
  let width = surface.clientWidth;
  let height = surface.clientHeight;
  record.observer = new ResizeObserver(() => {
    if (!surface.isConnected || chart.isDisposed()) return;
    if (surface.clientWidth === width && surface.clientHeight === height) return;
    width = surface.clientWidth;
    height = surface.clientHeight;
    chart.resize();
    place(record, surface);
  });
  record.observer.observe(surface);
  drawn.set(surface, record);
  return record;
}

// adopt moves into the figure the drawing of the same chart that has left
// the page (app.wasm's page replaced the one it was drawn on), and returns
// its ECharts instance, or null when there is none.
export function adopt(figure) {
  const canvas = figure && figure.isConnected && figure.querySelector('.' + CANVAS);
  if (!canvas) return null;
  const here = canvas.querySelector('.' + SURFACE);
  if (here) return drawn.get(here)?.chart || null;
  const key = keyOf(figure);
  for (const [surface, record] of drawn) {
    if (record.key !== key || surface.isConnected) continue;
    canvas.appendChild(surface);
    figure.setAttribute(READY, '1');
    return record.chart;
  }
  return null;
}

// mount adopts the figure's drawing or, when there is none, draws the
// chart; it returns its ECharts instance.
export function mount(echarts, figure) {
  const adopted = adopt(figure);
  if (adopted) return adopted;
  const canvas = figure && figure.isConnected && figure.querySelector('.' + CANVAS);
  if (!canvas) return null;
  const record = draw(echarts, figure, canvas);
  setTimeout(sweep, 1000);
  return record && record.chart;
}

// release lets go of a figure's chart.
export function release(figure) {
  const surface = figure && figure.querySelector('.' + SURFACE);
  if (surface) dispose(surface);
}

function dispose(surface) {
  const record = drawn.get(surface);
  if (!record) return;
  record.observer.disconnect();
  record.chart.dispose();
  drawn.delete(surface);
  surface.remove();
}

// sweep disposes of the drawings that left the page and were not adopted.
function sweep() {
  for (const surface of drawn.keys()) {
    if (!surface.isConnected) dispose(surface);
  }
}

// drawAll draws every chart of the page, each in a task of its own, so
// that no single task keeps the page from answering for long. The promise
// it returns is kept once every chart is drawn; a chart that fails is
// reported and left as its table.
export function drawAll(echarts) {
  const figures = [...document.querySelectorAll('figure[' + CHART + ']')]
    .filter((f) => f.querySelector('.' + CANVAS));
  const pending = [];
  return new Promise((resolve) => {
    const next = () => {
      const figure = figures.shift();
      if (!figure) {
        Promise.all(pending).then(() => resolve());
        return;
      }
      try {
        const chart = mount(echarts, figure);
        if (chart && figure.getAttribute(READY) !== '1') {
          pending.push(new Promise((done) => chart.on('finished', done)));
        }
      } catch (err) {
        console.error('chart ' + figure.getAttribute(CHART) + ' not drawn:', err);
      }
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  });
}

// warm draws a small animated bar chart out of sight and lets it go, so
// that the first chart a slide shows does not pay for ECharts' first
// drawing (its code compiled, its animation set up) while it comes in.
export function warm(echarts) {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;left:-10000px;top:0;width:400px;height:200px;';
  document.body.appendChild(box);
  const chart = echarts.init(box, null, { renderer: 'svg' });
  const done = () => {
    chart.dispose();
    box.remove();
  };
  chart.on('finished', done);
  chart.setOption({
    animation: true,
    animationDuration: 100,
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', data: ['a', 'b'], show: false },
    series: [{ type: 'bar', data: [2, 1], label: { show: true, position: 'top', formatter: '{b}' } }],
  });
  setTimeout(() => { if (!chart.isDisposed()) done(); }, 2000);
}

// followMarks lights the bars whose marks are lit: the page's script
// (marks.js) says when they change ("be-us:lit"). A chart's marks are
// its bars, in order.
export function followMarks() {
  document.addEventListener('be-us:lit', () => {
    for (const [surface, record] of drawn) {
      if (!surface.isConnected || record.chart.isDisposed() || !record.drawn) continue;
      const marks = surface.parentElement.querySelectorAll('.' + MARK);
      marks.forEach((mark, dataIndex) => {
        record.chart.dispatchAction({ type: mark.classList.contains('is-lit') ? 'highlight' : 'downplay', seriesIndex: 0, dataIndex });
      });
    }
  });
}

// count is the number of live charts, for the tests of long runs.
export function count() {
  return drawn.size;
}
