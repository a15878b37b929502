/** The icons in public/ are the mark's one definition, rendered: a stale icon fails here. */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FAVICON_FILE, TOUCH_ICON_FILE, faviconSvg, touchIconPng } from '../../src/identity/icons.ts';
import { sunSvg, TOUCH_ICON_SIZE } from '../../src/identity/mark.ts';
import { COLORS } from '../../src/identity/palette.ts';

describe('the mark and its icons', () => {
  it('public/favicon.svg is the icon of src/identity/mark.ts, byte for byte', () => {
    expect(readFileSync(`public/${FAVICON_FILE}`, 'utf8')).toBe(faviconSvg());
  });

  it('public/apple-touch-icon.png is the square icon rendered at 180 px, pixel for pixel', async () => {
    const committed = sharp(readFileSync(`public/${TOUCH_ICON_FILE}`));
    expect(await committed.metadata()).toMatchObject({ width: TOUCH_ICON_SIZE, height: TOUCH_ICON_SIZE, format: 'png' });
    const [a, b] = await Promise.all([committed.raw().toBuffer(), sharp(await touchIconPng()).raw().toBuffer()]);
    expect(a.equals(b)).toBe(true);
  });

  it('the touch icon shows the sun on navy: gold in the middle, navy in the corner', async () => {
    const { data, info } = await sharp(readFileSync(`public/${TOUCH_ICON_FILE}`)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => '#' + [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)].map((c) => c.toString(16).padStart(2, '0')).join('');
    expect(pixel(90, 90)).toBe(COLORS.sun);
    expect(pixel(2, 2)).toBe(COLORS.navy);
  });

  it('the header sun is decorative and in the palette\'s gold, with twelve rays', () => {
    const svg = sunSvg();
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain(`stroke="${COLORS.sun}"`);
    expect(svg.match(/M[\d. ]+L/g)).toHaveLength(12);
  });
});
