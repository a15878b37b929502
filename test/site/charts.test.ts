/** The build-time charts of /stats/ and their CSV: what they draw, and that names stay text. */
import { describe, expect, it } from 'vitest';
import { barChart, CHART_WIDTH, columnChart, sparkCharts } from '../../src/site/charts.ts';
import { csvText } from '../../src/site/csv.ts';

const widths = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChart', () => {
  it('draws each bar in proportion to its scale, on a full-width track when asked', () => {
    const svg = barChart(
      [
        { label: 'A — 1/4', href: '/a/', segments: [{ value: 1, fill: '#000000' }], scale: 4 },
        { label: 'B — 0/3', href: '/b/', segments: [{ value: 0, fill: '#000000' }], scale: 3 },
      ],
      { track: true },
    );
    expect(widths(svg)).toEqual([CHART_WIDTH, CHART_WIDTH / 4, CHART_WIDTH]);
    expect(svg.match(/<a href="\/[ab]\/" tabindex="-1">/g)).toHaveLength(2);
    expect(svg).toContain('aria-hidden="true"');
  });

  it('stacks segments one after another', () => {
    const svg = barChart([{ label: 'x', href: '/', segments: [{ value: 2, fill: '#111111' }, { value: 1, fill: '#222222' }], scale: 6 }]);
    expect(svg).toContain(`<rect x="0" y="20" width="${CHART_WIDTH / 3}"`);
    expect(svg).toContain(`<rect x="${CHART_WIDTH / 3}" y="20" width="${CHART_WIDTH / 6}"`);
  });

  it('keeps a name with markup characters as text', () => {
    const svg = barChart([{ label: '<script>&"', href: '/?a=1&b="2"', segments: [], scale: 1 }]);
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
    expect(svg).toContain('href="/?a=1&amp;b=&quot;2&quot;"');
    expect(svg).not.toContain('<script>');
  });
});

describe('columnChart and sparkCharts', () => {
  it('draws the tallest column to the full height and writes each total above its column', () => {
    const svg = columnChart([
      { label: 'jan', href: '/1/', bars: [{ value: 4, fill: '#aaaaaa' }, { value: 2, fill: '#000000' }], top: 4 },
      { label: 'feb', href: '/2/', bars: [{ value: 0, fill: '#aaaaaa' }], top: 0 },
    ]);
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([112, 56]);
    expect(svg).toMatch(/>4<\/text>/);
    expect(svg).toMatch(/>0<\/text>/);
  });

  it('draws one line per series with a dot per point', () => {
    const svg = sparkCharts([{ label: 'A', href: '/a/', points: [{ label: '1', value: 1 }, { label: '2', value: 3 }, { label: '3', value: 2 }] }]);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
  });
});

describe('csvText', () => {
  it('quotes what needs quoting, ends lines with CRLF and starts with a byte-order mark', () => {
    expect(csvText(['Өңір', 'n'], [['a, "b"', 1], ['c', 2]])).toBe('\uFEFFӨңір,n\r\n"a, ""b""",1\r\nc,2\r\n');
  });
});
