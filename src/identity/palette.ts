/**
 * The movement's colours, defined once: the cards (src/cards/templates/palette.ts), the
 * certificates (src/certificates/certificate-pdf.ts) and the site (the custom properties at the
 * top of src/layouts/site.css, checked equal to `SITE_COLORS` by test/identity/palette.test.ts)
 * all read them from here. Deep blue and sun gold, after the flag of Kazakhstan.
 */
export const COLORS = {
  /** The movement's blue: the cards' background, the site's header and links, the certificates' ink. */
  navy: '#0b3c5d',
  /** The sun of the mark. */
  sun: '#f9c80e',
  /** A lighter blue on navy: the big faint sun behind a card's content. */
  navySoft: '#164d73',
  white: '#ffffff',
  /** Pale sky: quiet text on navy. */
  sky: '#cfe3f1',
  /** A cancelled event's badge on a card. */
  red: '#d62828',
} as const;

/**
 * The site's colours, as the custom properties of site.css's `:root`. Text colours keep at least
 * 4.5:1 against the paper they sit on (WCAG AA); the coverage levels run from the movement's blue
 * (every city and district) to grey (no one yet), so the map and the charts speak the same colours.
 */
export const SITE_COLORS = {
  '--ink': '#1d2327',
  '--muted': '#4f5b62',
  '--paper': COLORS.white,
  '--soft': '#f1f6fa',
  '--line': '#d3dee6',
  '--brand': COLORS.navy,
  '--brand-ink': COLORS.white,
  '--brand-soft': COLORS.navySoft,
  '--sky': COLORS.sky,
  '--sun': COLORS.sun,
  '--sun-soft': '#fff4c7',
  '--danger': '#a4161a',
  '--danger-soft': '#fde8e8',
  '--online': '#e3f0f9',
  '--full': COLORS.navy,
  '--partial': '#3d7bab',
  '--started': '#b8d6ec',
  '--none': '#eef1f3',
} as const;

export type CoverageLevelColor = 'full' | 'partial' | 'started' | 'none';

/** A coverage level's fill and the text colour readable on it (the map, the charts). */
export const COVERAGE_COLORS: Record<CoverageLevelColor, { fill: string; ink: string }> = {
  full: { fill: SITE_COLORS['--full'], ink: COLORS.white },
  partial: { fill: SITE_COLORS['--partial'], ink: COLORS.white },
  started: { fill: SITE_COLORS['--started'], ink: SITE_COLORS['--ink'] },
  none: { fill: SITE_COLORS['--none'], ink: SITE_COLORS['--ink'] },
};

/** `#rrggbb` → red, green and blue in 0…1 (pdf-lib's `rgb`). */
export function unitRgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => c / 255) as [number, number, number];
}
