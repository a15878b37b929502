/**
 * Calendar arithmetic in Kazakhstan time. The whole country has been on UTC+5 since 2024-03-01,
 * so a fixed offset is exact and the result does not depend on the zone of the CI machine.
 * Content dates (`YYYY-MM-DD`) are days in Kazakhstan: a deadline lasts until 23:59:59+05:00.
 */
const OFFSET = '+05:00';
const OFFSET_MS = 5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last second of a day in Kazakhstan: when a deadline on that date has passed. */
export function endOfDay(date: string): Date {
  return new Date(`${date}T23:59:59${OFFSET}`);
}

/** The date (`YYYY-MM-DD`) an instant falls on in Kazakhstan. */
export function dateInKazakhstan(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `2027-06-12 16:30`: an instant as people in Kazakhstan read it. */
export function dateTimeInKazakhstan(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** `date` moved by a number of calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
