/** One palette: the site's CSS, the cards and the certificates read the colours of src/identity/palette.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/cards/templates/palette.ts';
import { COLORS, SITE_COLORS, unitRgb } from '../../src/identity/palette.ts';

const css = readFileSync('src/layouts/site.css', 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));

describe('the movement palette', () => {
  it("site.css's :root declares exactly the site colours, with the palette's values", () => {
    const declared = Object.fromEntries([...root.matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]!.toLowerCase()]));
    expect(declared).toEqual(SITE_COLORS);
  });

  it('site.css names no colour outside :root, so every colour on the site comes from the palette', () => {
    const rest = css.replace(root, '');
    expect(rest.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([]);
  });

  it("the site's brand is the cards' navy and its accent the cards' sun (the old teal is gone)", () => {
    expect(SITE_COLORS['--brand']).toBe(PALETTE.background);
    expect(SITE_COLORS['--sun']).toBe(PALETTE.sun);
    expect(css).not.toMatch(/#005f6b/i);
  });

  it('the cards and the certificates take their colours from the palette module', () => {
    expect(Object.values(PALETTE).every((hex) => (Object.values(COLORS) as string[]).includes(hex))).toBe(true);
    const certificate = readFileSync('src/certificates/certificate-pdf.ts', 'utf8');
    expect(certificate).toMatch(/rgb\(\.\.\.unitRgb\(COLORS\.navy\)\)/);
    expect(certificate).not.toMatch(/rgb\(0\.0\d+, 0\.\d+, 0\.\d+\)/);
    expect(unitRgb(COLORS.navy).map((c) => Math.round(c * 255))).toEqual([0x0b, 0x3c, 0x5d]);
  });

  it('text on the site keeps 4.5:1 against its paper', () => {
    const pairs: [string, string][] = [
      ['--ink', '--paper'], ['--muted', '--paper'], ['--brand', '--paper'], ['--muted', '--soft'], ['--brand', '--soft'],
      ['--brand-ink', '--brand'], ['--ink', '--sun'], ['--danger', '--danger-soft'], ['--brand-ink', '--partial'], ['--ink', '--started'],
    ];
    for (const [text, paper] of pairs) expect(contrast(SITE_COLORS[text as keyof typeof SITE_COLORS], SITE_COLORS[paper as keyof typeof SITE_COLORS]), `${text} on ${paper}`).toBeGreaterThanOrEqual(4.5);
  });
});

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = unitRgb(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
