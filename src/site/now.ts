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
