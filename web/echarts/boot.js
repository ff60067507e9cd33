// Draws the page's charts from the options the server wrote into the page,
// as soon as this bundle has run: the charts do not wait for app.wasm.
// Each figure holds its option as inert JSON in
// <script type="application/json" class="chart__option">; the chart is
// drawn on a .chart__surface element inside the figure's .chart__canvas.
// When app.wasm mounts, the Go component moves that surface, with its
// ECharts instance, into its own figure (app/chart.go), so nothing is drawn
// twice; for a figure it renders itself it calls draw.

const reducedMotion = () =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// draw draws one figure's chart, unless it is drawn already or no longer in
// the document. It marks the figure data-chart-ready="1" once ECharts has
// finished drawing, and keeps the chart sized to its container.
export function draw(echarts, figure) {
  if (!figure.isConnected) return;
  const canvas = figure.querySelector('.chart__canvas');
  const source = figure.querySelector('script.chart__option');
  if (!canvas || !source || canvas.querySelector('.chart__surface')) return;
  let option;
  try {
    option = JSON.parse(source.textContent);
  } catch (err) {
    console.error('chart ' + figure.dataset.chart + ': unreadable option', err);
    return;
  }
  if (reducedMotion()) {
    // An option with media queries keeps its settings in baseOption.
    (option.baseOption || option).animation = false;
  }
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
  chart.setOption(option);
  const observer = new ResizeObserver(() => {
    if (chart.isDisposed()) observer.disconnect();
    else chart.resize();
  });
  observer.observe(surface);
}

// drawAll draws every chart of the page, one per task, so that no single
// task keeps the page from answering for long.
export function drawAll(echarts) {
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  const next = () => {
    const figure = figures.shift();
    if (!figure) return;
    draw(echarts, figure);
    if (figures.length) setTimeout(next, 0);
  };
  next();
}
