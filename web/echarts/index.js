// The page's ECharts build: only the chart types, components, renderer and
// locales the page uses, and the script that draws the prerendered charts.
// It exposes `echarts`, and `pageCharts.ready` and `pageCharts.sync()` for
// app.wasm, on window.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langFR from 'echarts/lib/i18n/langFR.js';
import langNL from 'echarts/lib/i18n/langNL.js';
import langDE from 'echarts/lib/i18n/langDE.js';
import { drawAll, sync } from './boot.js';

echarts.use([
  BarChart, ScatterChart, TreemapChart,
  AriaComponent, GridComponent, MarkLineComponent, TooltipComponent,
  SVGRenderer,
]);
echarts.registerLocale('FR', langFR);
echarts.registerLocale('NL', langNL);
echarts.registerLocale('DE', langDE);

window.echarts = echarts;
window.pageCharts = {
  // ready is kept once the page's charts are drawn: app.wasm waits for it.
  ready: drawAll(echarts),
  sync: () => sync(echarts),
};
