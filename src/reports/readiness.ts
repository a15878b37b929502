/**
 * How ready each region is for the season: approval of the regional composition, regional
 * members against cities/districts, staffed city/district and rural representations, the
 * season's events and reported participants, open validation errors, and the days left to
 * each deadline. One pure function over the validated content, for `status` and the exports.
 */
import type { Content } from '../content/model.ts';
import type { LocaleMap } from '../content/schema.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { daysLeft, kazakhstanDate } from '../season/calendar.ts';
import { approvalIsThisSeason } from '../rules/deadlines.ts';
import { regionCoverage, type Count } from '../content/coverage.ts';

export interface Deadline {
  id: 'composition_approved' | 'ministry_list';
  date: string;
  /** 0 on the day, negative once past. */
  daysLeft: number;
}

export type { Count };

export interface RegionReadiness {
  region: string;
  name: LocaleMap;
  /** `thisSeason`: dated in the season's year (an older order approved an earlier season's composition). */
  approved?: { date: string; order: string; onTime: boolean; thisSeason: boolean };
  resubmissions: number;
  /** Regional members, and the cities/districts they head out of all of them. */
  regionalMembers: number;
  unitsHeaded: Count;
  /** City/district representations with at least one member: the region's coverage (content/coverage.ts). */
  unitsStaffed: Count;
  /** Rural representations with members, out of the rural places in the geography. */
  ruralStaffed: Count;
  events: { planned: number; held: number; cancelled: number; missingResults: number };
  participants: number;
  /** Validation errors in the region's own files. */
  errors: number;
  state: 'ready' | 'in-progress' | 'not-started';
}

export interface SeasonReadiness {
  season: number;
  today: string;
  deadlines: Deadline[];
  regions: RegionReadiness[];
}

/** Readiness of every region of the geography (and of any representation without one). */
export function seasonReadiness(content: Content, problems: readonly LocatedProblem[], now: Date): SeasonReadiness {
  const movement = content.movement?.data;
  const season = movement?.season ?? Number(kazakhstanDate(now).slice(0, 4));
  const deadlines: Deadline[] = movement
    ? (['composition_approved', 'ministry_list'] as const).map((id) => ({ id, date: movement.deadlines[id], daysLeft: daysLeft(movement.deadlines[id], now) }))
    : [];
  const regionIds = [...new Set([...content.geography.keys(), ...content.regions.keys()])].sort();
  const errorsByRegion = countErrors(content, problems);
  const regions = regionIds.map((region) => regionReadiness(content, region, season, errorsByRegion.get(region) ?? 0));
  return { season, today: kazakhstanDate(now), deadlines, regions };
}

function regionReadiness(content: Content, region: string, season: number, errors: number): RegionReadiness {
  const geo = content.geography.get(region)?.data;
  const representation = content.regions.get(region)?.data;
  const units = content.units.filter((u) => u.region === region);
  // One definition of headed and covered, shared with the site and the rules.
  const perUnit = content.movement?.data.rules.region_members_per_unit ?? 1;
  const coverage = geo && regionCoverage(geo, representation, new Map(units.map((u) => [u.unit, u.data])), perUnit);
  const events = content.events.filter((e) => e.year === season && (e.data.organizer === region || e.data.organizer.startsWith(`${region}/`)));
  const held = events.filter((e) => e.data.status === 'held');
  const approvedBy = content.movement?.data.deadlines.composition_approved;
  const approval = representation?.approved;
  const readiness: RegionReadiness = {
    region,
    name: geo?.name ?? { kk: region, ru: region },
    ...(approval && { approved: { date: approval.date, order: approval.order, onTime: !approvedBy || approval.date <= approvedBy, thisSeason: !content.movement || approvalIsThisSeason(approval.date, content.movement.data) } }),
    resubmissions: representation?.resubmissions?.length ?? 0,
    regionalMembers: representation?.members.length ?? 0,
    unitsHeaded: coverage?.headed ?? { done: 0, total: 0 },
    unitsStaffed: coverage?.units ?? { done: 0, total: 0 },
    ruralStaffed: coverage?.rural ?? { done: 0, total: 0 },
    events: {
      planned: events.filter((e) => e.data.status === 'planned').length,
      held: held.length,
      cancelled: events.filter((e) => e.data.status === 'cancelled').length,
      missingResults: held.filter((e) => !e.data.results).length,
    },
    participants: held.reduce((sum, e) => sum + (e.data.results?.participants ?? 0), 0),
    errors,
    state: 'not-started',
  };
  readiness.state = stateOf(readiness);
  return readiness;
}

/**
 * Ready: approved this season (a late approval still counts; the table shows it late), every city/district
 * headed and staffed, no errors. Not started: nobody in the region's representations yet.
 */
function stateOf(r: RegionReadiness): RegionReadiness['state'] {
  if (r.regionalMembers === 0 && r.unitsStaffed.done === 0) return 'not-started';
  const complete = r.unitsHeaded.done === r.unitsHeaded.total && r.unitsStaffed.done === r.unitsStaffed.total;
  return complete && r.approved?.thisSeason && r.errors === 0 ? 'ready' : 'in-progress';
}

function countErrors(content: Content, problems: readonly LocatedProblem[]): Map<string, number> {
  const regionOf = new Map(content.tree.files.map((f) => [f.path, f.place?.kind === 'event' ? undefined : f.place?.region]));
  const out = new Map<string, number>();
  for (const p of problems) {
    const region = regionOf.get(p.file);
    if (p.severity === 'error' && region) out.set(region, (out.get(region) ?? 0) + 1);
  }
  return out;
}
