// Rates (0..1) month by month as lines, one per group, drawn as inline SVG: no chart library to
// load or vet, nothing but DOM nodes (the CSP allows no inline style; colours are attributes).
// The figure names itself for screen readers; the numbers are in the table the screen shows next
// to it, and each point carries its value as a tooltip (<title>).
import { uid } from './dom.js';
import { fmtPercent } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
// Distinguishable for the common colour-vision deficiencies (Okabe-Ito), dark enough on white.
export const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#000000', '#8c564b'];

function el(name, attrs = {}, ...children) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/**
 * `months`: labels of the x axis, oldest first. `series`: [{label, values}] with one value per
 * month, null where the group had nothing assigned (the line breaks there).
 */
export function rateLines(months, series, { title, width = 800, height = 260 } = {}) {
  const left = 48;
  const right = 32;
  const top = 10;
  const bottom = 30;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i) => left + (months.length === 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const y = (rate) => top + (1 - rate) * plotH;
  const titleId = uid('chart-title');
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId, class: 'trend', 'data-test': 'trend' },
    el('title', { id: titleId }, title));
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    svg.append(
      el('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), stroke: '#e4e7ec' }),
      el('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'trend-axis' }, fmtPercent(tick)));
  }
  // every label when they fit, else every other one
  const step = months.length > 13 ? 2 : 1;
  months.forEach((m, i) => {
    if ((months.length - 1 - i) % step === 0) {
      svg.append(el('text', { x: x(i), y: height - 10, 'text-anchor': 'middle', class: 'trend-axis' }, m));
    }
  });
  series.forEach((s, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const group = el('g', { 'data-series': s.label });
    let run = [];
    const flush = () => {
      if (run.length > 1) group.append(el('polyline', { points: run.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) { flush(); return; }
      run.push(`${x(i)},${y(v)}`);
      group.append(el('circle', { cx: x(i), cy: y(v), r: 3.5, fill: colour }, el('title', {}, `${s.label} · ${months[i]}: ${fmtPercent(v)}`)));
    });
    flush();
    svg.append(group);
  });
  return svg;
}

/** The legend of a chart of rateLines: a colour swatch and each series' label. */
export function legend(labels) {
  const list = document.createElement('ul');
  list.className = 'trend-legend';
  labels.forEach((label, index) => {
    const item = document.createElement('li');
    item.append(el('svg', { width: 12, height: 12, 'aria-hidden': 'true' },
      el('rect', { width: 12, height: 12, fill: COLOURS[index % COLOURS.length] })), ` ${label}`);
    list.append(item);
  });
  return list;
}
