// Draws the page's charts from the options the server wrote into the page,
// as soon as this bundle has run: the charts do not wait for app.wasm.
// Each figure holds its option as inert JSON in
// <script type="application/json" class="chart__option">; the chart is
// drawn on a .chart__surface element inside the figure's .chart__canvas.
// When app.wasm mounts, the page moves each surface, with its ECharts
// instance, into its own new figure (app/takeover.go), so nothing is drawn
// twice; after that and after each change of language it calls sync.

// drawn maps each surface drawn on to its chart and its resize observer,
// so that sync can let go of those that have left the page.
const drawn = new Map();

// draw draws one figure's chart, unless it is drawn already or no longer in
// the document, and returns its ECharts instance (or nothing). It marks the
// figure data-chart-ready="1" once ECharts has finished drawing, and keeps
// the chart sized to its container.
function draw(echarts, figure) {
  if (!figure.isConnected) return null;
  const canvas = figure.querySelector('.chart__canvas');
  const source = figure.querySelector('script.chart__option');
  if (!canvas || !source || canvas.querySelector('.chart__surface')) return null;
  const option = JSON.parse(source.textContent);
  const surface = document.createElement('div');
  surface.className = 'chart__surface';
  canvas.appendChild(surface);
  const chart = echarts.init(surface, null, {
    renderer: 'svg',
    locale: figure.dataset.locale || 'EN',
  });
  chart.on('finished', () => {
    surface.dataset.drawn = '1';
    // The surface may have moved to another figure since it was drawn.
    const current = surface.closest('[data-chart]');
    if (current) current.dataset.chartReady = '1';
  });
  // The observer reports the size once at the start: only a change of
  // size is worth a new layout.
  let width = surface.clientWidth;
  let height = surface.clientHeight;
  const observer = new ResizeObserver(() => {
    if (!surface.isConnected || chart.isDisposed()) return;
    if (surface.clientWidth === width && surface.clientHeight === height) return;
    width = surface.clientWidth;
    height = surface.clientHeight;
    chart.resize();
  });
  observer.observe(surface);
  drawn.set(surface, { chart, observer });
  // lazyUpdate renders in the next frame: the option and the drawing then
  // run as two shorter tasks.
  chart.setOption(option, { lazyUpdate: true });
  return chart;
}

// drawAll draws every chart of the page, each in a task of its own, so
// that no single task keeps the page from answering for long. It returns a
// promise kept once every chart it drew has finished drawing; a chart that
// fails is reported and skipped.
export function drawAll(echarts) {
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  const pending = [];
  return new Promise((resolve) => {
    const next = () => {
      const figure = figures.shift();
      if (!figure) {
        Promise.all(pending).then(() => resolve());
        return;
      }
      try {
        const chart = draw(echarts, figure);
        if (chart) pending.push(new Promise((done) => chart.on('finished', done)));
      } catch (err) {
        console.error('chart ' + figure.dataset.chart + ' not drawn:', err);
      }
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  });
}

// sync disposes of the charts whose surface has left the page, and draws
// every figure of the page that has no chart yet.
export function sync(echarts) {
  for (const [surface, { chart, observer }] of drawn) {
    if (surface.isConnected) continue;
    observer.disconnect();
    chart.dispose();
    drawn.delete(surface);
  }
  return drawAll(echarts);
}
