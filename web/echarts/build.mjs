// Builds the page's ECharts bundle into ../static/echarts.js. ECharts'
// core registers a dark theme and a Chinese locale of its own, which the
// page never uses (its theme comes from the stylesheet, its labels from the
// server): they are left out.
import * as esbuild from 'esbuild';

const unused = /[\\/]echarts[\\/]lib[\\/](theme[\\/]dark|i18n[\\/]langZH)\.js$/;

const leaveOut = {
  name: 'leave-out-unused',
  setup(build) {
    build.onLoad({ filter: unused }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

await esbuild.build({
  entryPoints: ['index.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'eof',
  outfile: '../static/echarts.js',
  plugins: [leaveOut],
  logLevel: 'warning',
});
