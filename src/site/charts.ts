/**
 * The charts of /stats/, drawn at build time as SVG text: no chart library and no script in the
 * browser. Each chart is 360 units wide, the width of a phone, so its 12-unit text stays readable
 * there; the page caps its width on a big screen. The drawing is decorative for assistive
 * technology (`aria-hidden`: its table beside it carries the same figures and links), and its
 * links (a bar → what it counts) are for a pointer, out of the tab order for the same reason.
 * Colours are the movement's palette (src/identity/palette.ts).
 */
import { COLORS, SITE_COLORS } from '../identity/palette.ts';

export const CHART_WIDTH = 360;
const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"`;
const INK = SITE_COLORS['--ink'];
const MUTED = SITE_COLORS['--muted'];
const TRACK = SITE_COLORS['--none'];

/** A part of a bar: its value and fill. */
export interface Segment {
  value: number;
  fill: string;
}

/** A row of a bar chart: the label line above its bar, and the bar's parts out of `scale`. */
export interface BarRow {
  label: string;
  href: string;
  segments: Segment[];
  /** What the whole bar's width stands for (the largest value, or this row's own total). */
  scale: number;
}

/** Horizontal bars, one row per item: "label" on a line, the bar under it (on a grey track when `track`). */
export function barChart(rows: readonly BarRow[], { track = false } = {}): string {
  const ROW = 38;
  const body = rows
    .map((row, i) => {
      const y = i * ROW;
      let x = 0;
      const parts = row.segments.map((segment) => {
        const width = row.scale > 0 ? (segment.value / row.scale) * CHART_WIDTH : 0;
        const part = width > 0 ? `<rect x="${fixed(x)}" y="${y + 20}" width="${fixed(width)}" height="12" fill="${segment.fill}"/>` : '';
        x += width;
        return part;
      });
      const back = track ? `<rect x="0" y="${y + 20}" width="${CHART_WIDTH}" height="12" fill="${TRACK}"/>` : '';
      return `<a href="${escape(row.href)}" tabindex="-1"><text x="0" y="${y + 14}" font-size="13" fill="${INK}">${escape(row.label)}</text>${back}${parts.join('')}</a>`;
    })
    .join('');
  return svg(rows.length * ROW, body);
}

/** A column of a column chart: its label under the axis, its bars from the back (largest) to the front. */
export interface Column {
  label: string;
  /** A second label line (the year under January), if any. */
  sublabel?: string | undefined;
  href: string;
  bars: Segment[];
  /** The number written above the column. */
  top: number;
}

/** Vertical columns on a shared axis; bars of one column overlap, the first one widest. */
export function columnChart(columns: readonly Column[]): string {
  const HEIGHT = 150;
  const AXIS = 130;
  const max = Math.max(1, ...columns.flatMap((c) => c.bars.map((b) => b.value)));
  // A margin at each end, so the first and last labels are not cut by the drawing's edge.
  const MARGIN = 12;
  const step = (CHART_WIDTH - 2 * MARGIN) / Math.max(1, columns.length);
  const stagger = step < 28;
  const body = columns
    .map((column, i) => {
      const x = MARGIN + i * step;
      const bars = column.bars.map((bar, layer) => {
        const inset = step * (0.12 + layer * 0.12);
        const height = (bar.value / max) * (AXIS - 18);
        return height > 0 ? `<rect x="${fixed(x + inset)}" y="${fixed(AXIS - height)}" width="${fixed(step - 2 * inset)}" height="${fixed(height)}" fill="${bar.fill}"/>` : '';
      });
      const topY = AXIS - (Math.max(...column.bars.map((b) => b.value), 0) / max) * (AXIS - 18) - 4;
      // Narrow columns take their labels on two staggered lines, so neighbours never run together.
      const labelY = AXIS + 13 + (stagger && i % 2 === 1 ? 11 : 0);
      const label = `<text x="${fixed(x + step / 2)}" y="${labelY}" font-size="10" text-anchor="middle" fill="${INK}">${escape(column.label)}</text>`;
      const sub = column.sublabel ? `<text x="${fixed(x + step / 2)}" y="${AXIS + (stagger ? 36 : 25)}" font-size="10" text-anchor="middle" fill="${MUTED}">${escape(column.sublabel)}</text>` : '';
      const top = `<text x="${fixed(x + step / 2)}" y="${fixed(topY)}" font-size="11" text-anchor="middle" fill="${INK}">${column.top}</text>`;
      return `<a href="${escape(column.href)}" tabindex="-1">${bars.join('')}${top}${label}${sub}</a>`;
    })
    .join('');
  return svg(HEIGHT + (stagger ? 18 : 6), `<line x1="0" y1="${AXIS}" x2="${CHART_WIDTH}" y2="${AXIS}" stroke="${MUTED}" stroke-width="1"/>${body}`);
}

/** A small line of one series: its label line, then the line from its first to its last point, each point a dot. */
export interface Spark {
  label: string;
  href: string;
  points: { label: string; value: number }[];
}

/** One small chart per series, stacked, each on its own scale (growth reads by shape; the numbers are in the labels). */
export function sparkCharts(series: readonly Spark[]): string {
  const ROW = 84;
  const body = series
    .map((spark, i) => {
      const y = i * ROW;
      const values = spark.points.map((p) => p.value);
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      const px = (j: number) => (spark.points.length === 1 ? CHART_WIDTH / 2 : 8 + (j / (spark.points.length - 1)) * (CHART_WIDTH - 16));
      const py = (v: number) => y + 60 - (hi === lo ? 18 : ((v - lo) / (hi - lo)) * 36);
      const line = spark.points.map((p, j) => `${fixed(px(j))},${fixed(py(p.value))}`).join(' ');
      const dots = spark.points.map((p, j) => `<circle cx="${fixed(px(j))}" cy="${fixed(py(p.value))}" r="3.5" fill="${COLORS.navy}"/>`).join('');
      const first = spark.points[0]!;
      const last = spark.points.at(-1)!;
      const ends =
        `<text x="0" y="${y + 76}" font-size="10" fill="${MUTED}">${escape(first.label)}</text>` +
        (spark.points.length > 1 ? `<text x="${CHART_WIDTH}" y="${y + 76}" font-size="10" text-anchor="end" fill="${MUTED}">${escape(last.label)}</text>` : '');
      return (
        `<a href="${escape(spark.href)}" tabindex="-1"><text x="0" y="${y + 13}" font-size="13" fill="${INK}">${escape(spark.label)}</text>` +
        `<polyline points="${line}" fill="none" stroke="${COLORS.sun}" stroke-width="3" stroke-linejoin="round"/>${dots}${ends}</a>`
      );
    })
    .join('');
  return svg(series.length * ROW, body);
}

function svg(height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" aria-hidden="true" ${FONT}>${body}</svg>`;
}

function fixed(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Text and attribute values of the drawing: a name with `<` or `&` stays text. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
