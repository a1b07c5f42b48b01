// A bar chart of rates (0..1) by category with uPlot, and the same numbers as a table beside it
// for screen readers and printing.
import uPlot from '/console/vendor/uplot/dist/uPlot.esm.js';
import { html } from './dom.js';
import { fmtPercent } from './i18n.js';

export function rateBars(labels, series, { title, width = 560, height = 260 } = {}) {
  const holder = html`<figure class="chart" data-test="chart"><figcaption class="sr-only">${title}</figcaption></figure>`;
  const xs = labels.map((_, i) => i);
  const colors = ['#2f6f4f', '#b3261e', '#3558a8'];
  const bars = uPlot.paths.bars({ size: [0.6 / Math.max(1, series.length), 60], gap: 2 });
  const opts = {
    width,
    height,
    legend: { show: series.length > 1, live: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: [0, 1] } },
    axes: [
      { values: (_, ticks) => ticks.map((i) => labels[i] ?? ''), splits: () => xs, gap: 4, size: 40, stroke: '#3d4451', grid: { show: false } },
      { values: (_, ticks) => ticks.map((v) => fmtPercent(v)), stroke: '#3d4451', size: 50, grid: { stroke: '#e4e7ec' } },
    ],
    series: [{}, ...series.map((s, i) => ({
      label: s.label,
      fill: `${colors[i % colors.length]}cc`,
      stroke: colors[i % colors.length],
      paths: bars,
      points: { show: false },
    }))],
  };
  const plot = new uPlot(opts, [xs, ...series.map((s) => s.values)], holder);
  holder.dataset.drawn = 'true';
  // Follow the card's width (1280 px desktops and ~800 px tablets alike).
  new ResizeObserver(() => {
    const w = Math.max(260, Math.floor(holder.clientWidth));
    if (Math.abs(w - plot.width) > 4) plot.setSize({ width: w, height });
  }).observe(holder);
  holder._plot = plot;
  return holder;
}
