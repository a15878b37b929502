/**
 * The season's calendar as Kazakhstan reads it: one time zone, UTC+5 since 2024-03-01, so a fixed
 * offset is exact whatever the zone of the CI runner. Content dates (`YYYY-MM-DD`) are days in
 * Kazakhstan; calendar arithmetic on them is zone-free (UTC midnights stand for the days).
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

/**
 * The last second of a day in Kazakhstan (23:59:59+05:00): the validator's rules count a deadline
 * on that date as passed once `now` is later.
 */
export function endOfDay(date: string): Date {
  return new Date(`${date}T23:59:59${KZ_OFFSET}`);
}

/** Whole days from today (Kazakhstan) to the deadline day: 0 on the day itself, negative after it. */
export function daysLeft(date: string, now: Date): number {
  return daysBetween(kazakhstanDate(now), date);
}

/** `date` moved by a number of calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `YYYY-MM-DD` of an instant in Kazakhstan. */
export function kazakhstanDate(instant: Date): string {
  return new Date(instant.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM` of an instant in Kazakhstan. */
export function kazakhstanDateTime(instant: Date): string {
  return new Date(instant.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
