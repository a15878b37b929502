/**
 * "Today" for the build. Upcoming events and the archive are decided when the site is built, so
 * the deployed site is rebuilt daily, and tests pin the date with `BUILD_NOW` (ISO 8601).
 */

/** The build's "now": `BUILD_NOW` when set (it must carry an offset or `Z`), else the real time. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const text = env.BUILD_NOW;
  if (!text) return new Date();
  const now = new Date(text);
  if (Number.isNaN(now.getTime())) throw new Error(`BUILD_NOW is not an ISO 8601 date-time: ${text}`);
  return now;
}

const ASTANA_OFFSET_MS = 5 * 60 * 60 * 1000;

/**
 * The calendar day (`YYYY-MM-DD`) of an instant in Astana time. Kazakhstan has one fixed zone,
 * UTC+5, since 2024-03-01, so plain arithmetic is exact and needs no time-zone data.
 */
export function astanaDay(instant: Date): string {
  return new Date(instant.getTime() + ASTANA_OFFSET_MS).toISOString().slice(0, 10);
}
