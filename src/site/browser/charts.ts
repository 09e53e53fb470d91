// Draws every chart on the page from the spec the build wrote into its canvas.
// Only the chart.js parts these charts use are registered, so the rest is left out of the bundle.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { ChartDataset, ChartOptions } from 'chart.js';
import type { ChartSpec } from '../lib/charts.ts';
import { naturalAmount, toPounds } from '../../domain/money.ts';
import { CHART_ANIMATION_MS } from './chart-motion.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Colours with at least 3:1 contrast against white; series are also told apart by pattern or dash. */
const COLOURS = ['#1d4f91', '#a3361b', '#2e6b30', '#6f3f99', '#8a5a00', '#505a5f'];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

/** A fill pattern for the nth series: solid, hatched, dotted, cross-hatched... */
function pattern(index: number, colour: string): CanvasPattern | string {
  if (index === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 10, 10);
  context.strokeStyle = context.fillStyle = colour;
  context.lineWidth = 2;
  const kind = index % 4;
  if (kind === 1 || kind === 3) {
    context.beginPath();
    context.moveTo(0, 10);
    context.lineTo(10, 0);
    context.stroke();
  }
  if (kind === 2) context.fillRect(3, 3, 4, 4);
  if (kind === 3) {
    context.beginPath();
    context.moveTo(0, 0);
    context.lineTo(10, 10);
    context.stroke();
  }
  if (kind === 0) {
    context.fillRect(0, 0, 10, 5);
  }
  return context.createPattern(tile, 'repeat') ?? colour;
}

/** The page's language (en-GB, cy-GB), which the build wrote on <html>: figures are written as it writes them. */
const locale = document.documentElement.lang || 'en-GB';

/** A figure from the table in the unit people say it in: £150m on an axis, £161.4m in a tooltip, £212.94. */
function money(value: number, unit: ChartSpec['unit'], digits: number): string {
  return naturalAmount(toPounds(value, unit), digits, locale);
}

/** A long label over several lines, so that a narrow screen does not cut it off at the chart's edge. */
function wrapped(label: string, width = 22): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function draw(canvas: HTMLCanvasElement): void {
  const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const datasets = spec.series.map((series, index): ChartDataset<'bar' | 'line'> => {
    const colour = COLOURS[index % COLOURS.length]!;
    return spec.type === 'line'
      ? { type: 'line', label: series.label, data: series.values, borderColor: colour, backgroundColor: colour, borderWidth: 3, borderDash: DASHES[index % DASHES.length], pointStyle: POINTS[index % POINTS.length], pointRadius: 5, spanGaps: false }
      : { type: 'bar', label: series.label, data: series.values, backgroundColor: pattern(index, colour), borderColor: colour, borderWidth: 2 };
  });
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const options: ChartOptions<'bar' | 'line'> = {
    indexAxis: spec.horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    // Chart.js holds back a resize that comes while a chart animates, for its next frame; one that comes
    // in the last frame of an animation is never made, and the chart keeps its old width. So each
    // animation ends by fitting the chart to its figure again (nothing is redrawn if it already fits).
    animation: reduceMotion ? false : { duration: CHART_ANIMATION_MS, onComplete: ({ chart }) => chart.resize() },
    plugins: {
      legend: { display: spec.series.length > 1, position: 'bottom', labels: { usePointStyle: spec.type === 'line', color: '#0b0c0c', font: { size: 14 } } },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${money(item.parsed[valueAxis] ?? 0, spec.unit, 1)}` } },
    },
    scales: {
      [valueAxis]: { stacked: spec.stacked, ticks: { color: '#0b0c0c', callback: (value: string | number) => money(Number(value), spec.unit, 2) }, grid: { color: '#d8dadb' } },
      [spec.horizontal ? 'y' : 'x']: { stacked: spec.stacked, ticks: { color: '#0b0c0c', autoSkip: false }, grid: { display: false } },
    },
  };
  // Tall enough for every bar of a horizontal chart to carry its label.
  const rows = spec.horizontal ? spec.categories.length * spec.series.length : 0;
  canvas.parentElement!.style.height = `${spec.horizontal ? Math.max(12, rows * 2.6 + 6) : 22}rem`;
  // Shown before it is drawn: a chart made inside a hidden figure starts at no size and waits for a resize to draw.
  canvas.closest('figure')?.removeAttribute('hidden');
  new Chart(canvas, { type: spec.type, data: { labels: spec.horizontal ? spec.categories.map((label) => wrapped(label)) : spec.categories, datasets }, options });
}

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) draw(canvas);
