/**
 * Events as the site lists them: who organises them, which are still ahead (decided from the
 * build's "now", see now.ts), and the filters of the events list.
 */
import type { EventData } from '../content/schema.ts';
import { kazakhstanDate } from '../season/calendar.ts';
import type { FilterDimension } from './paths.ts';

export interface SiteEvent {
  /** `<year>/<slug>`. */
  id: string;
  data: EventData;
  /** The organiser's region and unit; both undefined for a national event. */
  region?: string | undefined;
  unit?: string | undefined;
}

/** Reads `organizer` (`national`, `<region>` or `<region>/<unit>`). */
export function organizerPlace(organizer: string): Pick<SiteEvent, 'region' | 'unit'> {
  if (organizer === 'national') return {};
  const [region, unit] = organizer.split('/');
  return unit ? { region, unit } : { region };
}

/** Remote events (online, or hybrid with an online part) are the ones a child anywhere can join. */
export function isRemote(event: SiteEvent): boolean {
  return event.data.format !== 'offline';
}

/**
 * An event is upcoming from its announcement until the end of its last day in Astana time: the
 * site is rebuilt daily, so "from today on" keeps today's events listed all day.
 */
export function isUpcoming(event: SiteEvent, now: Date): boolean {
  return kazakhstanDate(event.data.end) >= kazakhstanDate(now);
}

/** Whether an event still takes registrations on `now`'s day in Kazakhstan (its deadline day counts whole). */
export function registrationOpen(event: SiteEvent, now: Date): boolean {
  return event.data.registration ? event.data.registration.deadline >= kazakhstanDate(now) : false;
}

/** Upcoming events, soonest first. Cancelled ones stay listed (marked), so nobody waits for them. */
export function upcomingEvents<E extends SiteEvent>(events: readonly E[], now: Date): E[] {
  return events.filter((e) => isUpcoming(e, now)).sort(byStart);
}

/** Past events, latest first. */
export function archivedEvents<E extends SiteEvent>(events: readonly E[], now: Date): E[] {
  return events.filter((e) => !isUpcoming(e, now)).sort((a, b) => byStart(b, a));
}

function byStart(a: SiteEvent, b: SiteEvent): number {
  return a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id);
}

/**
 * Whether an event passes one filter of the events list (`grade` matches the audience range). A
 * region's filter is "open to children of this region": its own events and the national ones.
 */
export function matchesFilter(event: SiteEvent, dimension: FilterDimension, value: string): boolean {
  switch (dimension) {
    case 'format':
      return event.data.format === value;
    case 'region':
      return event.region === value || event.region === undefined;
    case 'topic':
      return event.data.topics.includes(value);
    case 'grade': {
      const grade = Number(value);
      const [from, to] = event.data.audience.grades;
      return grade >= from && grade <= to;
    }
  }
}
