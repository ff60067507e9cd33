// The page's ECharts build: the one chart type, component and renderer
// the charts of amounts use, and the runtime that draws them. It exposes
// window[RUNTIME]: ready (kept once the page's charts are drawn),
// mount(figure), release(figure), warm() and count().
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { RUNTIME } from './names.js';
import { adopt, count, drawAll, followMarks, followPrint, followTheme, mount, release, warm } from './runtime.js';

echarts.use([BarChart, GridSimpleComponent, SVGRenderer]);

// guarded makes a call from app.wasm safe: an exception thrown back into
// Go would stop app.wasm, where a chart that fails should only stay its
// table.
const guarded = (name, f) => (...args) => {
  try {
    return f(...args);
  } catch (err) {
    console.error(RUNTIME + '.' + name + ':', err);
    return null;
  }
};

followTheme(echarts);
followMarks();
followPrint();

window[RUNTIME] = {
  ready: drawAll(echarts),
  mount: guarded('mount', (figure) => mount(echarts, figure)),
  adopt: guarded('adopt', adopt),
  release: guarded('release', release),
  warm: guarded('warm', () => warm(echarts)),
  count,
};
