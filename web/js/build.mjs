// Builds the page's scripts into ../static, each a script of its own
// (format iife) with the names it shares with the Go components
// (names.js) put in:
//   - echarts.js, the ECharts build (the one chart type, component and
//     renderer the charts of amounts use) with the runtime that draws
//     them (charts.js, runtime.js);
//   - start.js and controls.js, which the server puts at the start and
//     the end of go-app's app.js;
//   - frame.js, the one script of an embedded page, and embed.js, the
//     host script of the embeds, which other sites load;
//   - worker.js, the service worker, which go-app fills in.
// ECharts' core registers a dark theme and a Chinese locale of its own,
// which the page never uses (its theme comes from the stylesheet, its
// words from the server): they are left out.
import * as esbuild from 'esbuild';

const unused = /[\\/]echarts[\\/]lib[\\/](theme[\\/]dark|i18n[\\/]langZH)\.js$/;

const leaveOut = {
  name: 'leave-out-unused',
  setup(build) {
    build.onLoad({ filter: unused }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

const entries = {
  echarts: 'charts.js',
  start: 'start.js',
  controls: 'controls.js',
  frame: 'frame.js',
  embed: 'embed.js',
  worker: 'worker.js',
};

await esbuild.build({
  entryPoints: Object.fromEntries(Object.entries(entries).map(([out, src]) => [out, src])),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'eof',
  outdir: '../static',
  plugins: [leaveOut],
  logLevel: 'warning',
});
