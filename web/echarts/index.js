// The page's ECharts build: only the chart types, components, renderer and
// locales the page uses. It exposes `echarts` on window for the page's scripts.
import * as echarts from 'echarts/core';
import { BarChart, PictorialBarChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import langFR from 'echarts/lib/i18n/langFR.js';
import langNL from 'echarts/lib/i18n/langNL.js';
import langDE from 'echarts/lib/i18n/langDE.js';

echarts.use([
  BarChart, PictorialBarChart, ScatterChart, TreemapChart,
  AriaComponent, GridComponent, MarkLineComponent, TooltipComponent,
  LabelLayout, SVGRenderer,
]);
echarts.registerLocale('FR', langFR);
echarts.registerLocale('NL', langNL);
echarts.registerLocale('DE', langDE);

window.echarts = echarts;
