/**
 * Where an `astro build` spent its time, read from its own log (it prints each phase's duration):
 * the content sync (loaders, the data store and types), bundling (Vite), rendering the pages and
 * endpoints, and what follows (integrations' `astro:build:done` hooks such as the sitemap).
 */

export interface AstroPhases {
  /** Content layer sync and type generation ("[types] Generated …"). */
  contentSync: number;
  /** Vite's builds ("[vite] ✓ built in …", summed). */
  bundling: number;
  /** Generating the static routes (the "✓ Completed in …" after the route list). */
  rendering: number;
  /** The whole build ("[build] N page(s) built in …"). */
  total: number;
  /** What the phases above do not account for: start-up, hooks, writing. */
  other: number;
}

/** `161ms`, `6.14s`, `1m 1s`, `4m 26s` → seconds. */
export function parseDuration(text: string): number {
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    seconds += Number(amount) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  }
  return seconds;
}

const DURATION = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;

/** The phases of one `astro build` log (not `--silent`); undefined when the log has no total. */
export function astroPhases(log: string): AstroPhases | undefined {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const total = new RegExp(String.raw`page\(s\) built in ${DURATION}`).exec(plain);
  if (!total) return undefined;
  const contentSync = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(plain);
  const bundling = [...plain.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].reduce((sum, match) => sum + parseDuration(match[1]!), 0);
  // The route list ends with an unprefixed "✓ Completed in …" (the [build] ones are other phases).
  const rendering = [...plain.matchAll(new RegExp(String.raw`^\S+ ✓ Completed in ${DURATION}`, 'gm'))].at(-1);
  const phases = {
    contentSync: contentSync ? parseDuration(contentSync[1]!) : 0,
    bundling,
    rendering: rendering ? parseDuration(rendering[1]!) : 0,
    total: parseDuration(total[1]!),
  };
  return { ...phases, other: Math.max(0, phases.total - phases.contentSync - phases.bundling - phases.rendering) };
}
