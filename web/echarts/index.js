// The page's ECharts build: the one chart type, component and renderer
// the charts of amounts use, and the runtime that draws them. It exposes
// window.pageCharts: ready (kept once the page's charts are drawn),
// mount(figure), release(figure) and count().
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { adopt, count, drawAll, mount, release } from './runtime.js';

echarts.use([BarChart, GridSimpleComponent, SVGRenderer]);

window.pageCharts = {
  ready: drawAll(echarts),
  mount: (figure) => mount(echarts, figure),
  adopt,
  release,
  count,
};
