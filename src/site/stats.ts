/**
 * The movement's numbers and the figures behind /stats/'s charts, counted from the content at
 * build time. Pure functions of the joined content and "today": the page, its CSV files and the
 * tests read the same figures. Coverage is content/coverage.ts's (one definition everywhere).
 */
import type { ProjectData, SocialAccount } from '../content/schema.ts';
import { addDays, kazakhstanDate } from '../season/calendar.ts';
import type { EventView, RegionView, SiteContent } from './site-content.ts';

export interface MovementNumbers {
  regions: number;
  members: number;
  units: number;
  rural: number;
  upcoming: number;
  held: number;
  participants: number;
  awards: number;
  followers: number;
  projects: number;
}

/** Every child member is counted once, hidden ones included (counted, never named). */
export function movementNumbers(content: SiteContent): MovementNumbers {
  const reps = content.regions.filter((r) => r.representation && r.representation.members.length > 0);
  const held = content.archive.filter((e) => e.data.status === 'held');
  const social = [...(content.movement.social ?? []), ...content.regions.flatMap((r) => r.representation?.social ?? [])];
  return {
    regions: reps.length,
    members: content.members.size,
    // Covered cities/districts and rural representations with members, as coverage.ts counts them.
    units: content.regions.reduce((sum, r) => sum + r.coverage.units.done, 0),
    rural: content.regions.reduce((sum, r) => sum + r.coverage.rural.done, 0),
    upcoming: content.upcoming.filter((e) => e.data.status !== 'cancelled').length,
    held: held.length,
    participants: sumParticipants(held),
    awards: content.awards.length,
    followers: social.reduce((sum, account) => sum + (account.followers ?? 0), 0),
    projects: content.projects.all.length,
  };
}

/** One region's figures for the per-region charts. */
export interface RegionFigures {
  region: RegionView;
  /** Cities/districts with a representation, out of all, and rural representations with members (coverage.ts). */
  units: { done: number; total: number };
  rural: number;
  /** Children in every representation of the region: regional, city/district, rural. */
  members: number;
  /** Participants of the region's held events (its cities' and districts' included). */
  participants: number;
  /** The latest follower counts of the region's official pages, summed. */
  followers: number;
  /** members + participants + followers: the people the region reaches. */
  reach: number;
}

/** The figures of every region, in the content's order. */
export function regionFigures(content: SiteContent): RegionFigures[] {
  const held = content.archive.filter((e) => e.data.status === 'held');
  const members = new Map<string, number>();
  for (const place of content.members.values()) members.set(place.region, (members.get(place.region) ?? 0) + 1);
  return content.regions.map((region) => {
    const participants = sumParticipants(held.filter((e) => e.region === region.id));
    const followers = (region.representation?.social ?? []).reduce((sum, account) => sum + (account.followers ?? 0), 0);
    const count = members.get(region.id) ?? 0;
    return {
      region,
      units: region.coverage.units,
      rural: region.coverage.rural.done,
      members: count,
      participants,
      followers,
      reach: count + participants + followers,
    };
  });
}

/** A month of the chart of events: how many were planned in it (cancelled ones left out) and how many were held. */
export interface MonthFigures {
  /** `YYYY-MM`, in Astana time. */
  month: string;
  planned: number;
  held: number;
  /** Whether the month has begun (its events may be in the archive) or is still ahead. */
  started: boolean;
}

/**
 * Events per month over the current season and the one before (`movement.season` − 1 …
 * `movement.season`), from the first month with an event to the last: the planned ones (not
 * cancelled) and, of these, the held ones (`status: held`).
 */
export function eventsByMonth(content: SiteContent, now: Date): MonthFigures[] {
  const season = content.movement.season;
  const counted = content.events.filter((e) => e.data.status !== 'cancelled' && [season - 1, season].includes(Number(monthOf(e).slice(0, 4))));
  if (counted.length === 0) return [];
  const months = counted.map(monthOf).sort();
  const today = kazakhstanDate(now).slice(0, 7);
  const out: MonthFigures[] = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) {
    const inMonth = counted.filter((e) => monthOf(e) === month);
    out.push({ month, planned: inMonth.length, held: inMonth.filter((e) => e.data.status === 'held').length, started: month <= today });
  }
  return out;
}

/** A week of a summer: participants of the held events that started in it. */
export interface WeekFigures {
  /** The week's first day, `YYYY-MM-DD`. */
  from: string;
  participants: number;
  events: number;
}

/**
 * Participants of held events over a summer, week by week from `summer.from`: the latest summer
 * (this season's or an earlier one, with movement.yaml's `summer` dates in its year) that has a
 * held event; this season's summer when none has.
 */
export function summerParticipants(content: SiteContent): { year: number; weeks: WeekFigures[]; total: number } {
  const { summer, season } = content.movement;
  const held = content.archive.filter((e) => e.data.status === 'held');
  const windowOf = (year: number) => ({ from: `${year}${summer.from.slice(4)}`, to: `${year}${summer.to.slice(4)}` });
  const inSummer = (year: number) => held.filter((e) => {
    const day = kazakhstanDate(e.data.start);
    return day >= windowOf(year).from && day <= windowOf(year).to;
  });
  const years = [...new Set(held.map((e) => Number(kazakhstanDate(e.data.start).slice(0, 4))))].filter((y) => y <= season).sort((a, b) => b - a);
  const year = years.find((y) => inSummer(y).length > 0) ?? season;
  const { from, to } = windowOf(year);
  const events = inSummer(year);
  const weeks: WeekFigures[] = [];
  for (let start = from; start <= to; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    const inWeek = events.filter((e) => {
      const day = kazakhstanDate(e.data.start);
      return day >= start && day <= end;
    });
    weeks.push({ from: start, participants: sumParticipants(inWeek), events: inWeek.length });
  }
  return { year, weeks, total: sumParticipants(events) };
}

/** A region's followers over time: the sum of its official pages' counts on each date one was reported. */
export interface FollowerSeries {
  region: RegionView;
  points: { date: string; followers: number }[];
}

/**
 * The follower series of every region with at least one dated count (`as_of`, `history`). On each
 * date a page counts with its latest count on or before it; a page not yet counted adds nothing.
 */
export function followerSeries(content: SiteContent): FollowerSeries[] {
  return content.regions.flatMap((region) => {
    const accounts = (region.representation?.social ?? []).map(datedCounts).filter((counts) => counts.length > 0);
    const dates = [...new Set(accounts.flat().map((c) => c.date))].sort();
    if (dates.length === 0) return [];
    const points = dates.map((date) => ({
      date,
      followers: accounts.reduce((sum, counts) => sum + (counts.filter((c) => c.date <= date).at(-1)?.followers ?? 0), 0),
    }));
    return [{ region, points }];
  });
}

/** A page's counts by date, oldest first: its history and its latest count. */
function datedCounts(account: SocialAccount): { date: string; followers: number }[] {
  const counts = (account.history ?? []).map((h) => ({ date: h.as_of, followers: h.followers }));
  if (account.as_of && account.followers !== undefined) counts.push({ date: account.as_of, followers: account.followers });
  return counts.sort((a, b) => a.date.localeCompare(b.date));
}

function sumParticipants(events: readonly EventView[]): number {
  return events.reduce((sum, e) => sum + (e.data.results?.participants ?? 0), 0);
}

function monthOf(event: EventView): string {
  return kazakhstanDate(event.data.start).slice(0, 7);
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

type StageCounts = Record<ProjectData['stage'], number>;
const noStages = (): StageCounts => ({ idea: 0, running: 0, done: 0 });

/** Projects by stage, and by the region that runs them (its cities', districts' and villages' included) and stage; every region, in the content's order. */
export function projectFigures(content: SiteContent): { total: number; byStage: StageCounts; byRegion: { region: RegionView; total: number; byStage: StageCounts }[] } {
  const byStage = noStages();
  for (const project of content.projects.all) byStage[project.data.stage] += 1;
  const byRegion = content.regions.map((region) => {
    const counts = noStages();
    const own = content.projects.byRegion.get(region.id) ?? [];
    for (const project of own) counts[project.data.stage] += 1;
    return { region, total: own.length, byStage: counts };
  });
  return { total: content.projects.all.length, byStage, byRegion };
}
