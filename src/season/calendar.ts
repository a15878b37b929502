/**
 * The season's calendar as Kazakhstan reads it: one time zone, UTC+5 since 2024-03-01, whatever
 * the zone of the CI runner. A deadline day counts whole: «by 25 May» ends at 26 May 00:00 +05:00.
 */

export const KZ_OFFSET = '+05:00';
const KZ_OFFSET_MS = 5 * 3_600_000;
export const DAY_MS = 86_400_000;

/** The instant a deadline day ends (the next midnight in Kazakhstan). */
export function deadlineEnd(date: string): Date {
  return new Date(new Date(`${date}T00:00:00${KZ_OFFSET}`).getTime() + DAY_MS);
}

/** True once the whole deadline day is over. */
export function deadlinePassed(date: string, now: Date): boolean {
  return now.getTime() >= deadlineEnd(date).getTime();
}

/** Whole days from today (Kazakhstan) to the deadline day: 0 on the day itself, negative after it. */
export function daysLeft(date: string, now: Date): number {
  const today = new Date(`${kazakhstanDate(now)}T00:00:00Z`).getTime();
  return Math.round((new Date(`${date}T00:00:00Z`).getTime() - today) / DAY_MS);
}

/** `YYYY-MM-DD` of an instant in Kazakhstan. */
export function kazakhstanDate(instant: Date): string {
  return new Date(instant.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM` of an instant in Kazakhstan. */
export function kazakhstanDateTime(instant: Date): string {
  return new Date(instant.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
