/**
 * How far the movement reaches in a region: the one definition the map, the region pages, the
 * region cards, `npm run status` and the rules share.
 *
 * - A city/district is **headed** when `region_members_per_unit` members of the regional
 *   representation list it in `heads` (the roster's shape, checked by the hierarchy rules).
 * - A city/district is **covered** when it has its own representation with at least one member
 *   (`content/representations/<region>/<unit>.yaml`; an empty `members: []` is still being formed).
 * - A region's **coverage** is its covered cities/districts out of all of them (geography), plus
 *   its rural representations with members out of the rural places of the geography.
 *
 * Heading is the regional roster's duty; coverage is where children actually have a
 * representation to join, so coverage alone decides the level a region is shown with.
 */
import type { GeoRegion, GeoUnit, RegionMember, RegionRepresentation, UnitRepresentation } from './schema.ts';

/** `none`: nobody in the region yet; `started`: under half the cities/districts covered; `partial`: half or more; `full`: all. */
export const COVERAGE_LEVELS = ['full', 'partial', 'started', 'none'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export interface Count {
  done: number;
  total: number;
}

export interface RegionCoverage {
  /** Cities and districts (geography) with a representation that has members. */
  units: Count;
  /** Cities and districts headed by `region_members_per_unit` regional members. */
  headed: Count;
  /** Rural representations with members, out of the rural places (okrugs, villages, towns) of the geography. */
  rural: Count;
  level: CoverageLevel;
}

/** A city/district representation counts once it has a member (its rural ones are counted apart). */
export function isCovered(representation: Pick<UnitRepresentation, 'members'> | undefined): boolean {
  return (representation?.members.length ?? 0) > 0;
}

/** How many regional members list each unit id in `heads`. */
export function headCounts(members: readonly Pick<RegionMember, 'heads'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const member of members) for (const unit of member.heads ?? []) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  return counts;
}

/** The units of a region headed by fewer than `perUnit` regional members. */
export function unheadedUnits(representation: RegionRepresentation, region: GeoRegion, perUnit: number): GeoUnit[] {
  const counts = headCounts(representation.members);
  return region.units.filter((unit) => (counts.get(unit.id) ?? 0) < perUnit);
}

/** The level of a share: `anyone` says whether the region has any member at all (regional or local). */
export function coverageLevel(covered: number, units: number, anyone: boolean): CoverageLevel {
  if (!anyone && covered === 0) return 'none';
  if (units > 0 && covered === units) return 'full';
  if (covered * 2 >= units && covered > 0) return 'partial';
  return 'started';
}

/**
 * The coverage of one region. `unitRepresentations` are the region's city/district files by unit
 * id; one for a unit the geography does not list is not counted (the rules report it).
 */
export function regionCoverage(
  geo: GeoRegion,
  representation: RegionRepresentation | undefined,
  unitRepresentations: ReadonlyMap<string, UnitRepresentation>,
  perUnit: number,
): RegionCoverage {
  const total = geo.units.length;
  const covered = geo.units.filter((unit) => isCovered(unitRepresentations.get(unit.id))).length;
  const headed = representation ? total - unheadedUnits(representation, geo, perUnit).length : 0;
  const ruralTotal = geo.units.reduce((sum, u) => sum + (u.rural?.length ?? 0), 0);
  let ruralCovered = 0;
  let localMembers = 0;
  for (const unit of geo.units) {
    const rep = unitRepresentations.get(unit.id);
    if (!rep) continue;
    localMembers += rep.members.length;
    for (const rural of rep.rural ?? []) {
      localMembers += rural.members.length;
      if (rural.members.length > 0) ruralCovered += 1;
    }
  }
  const anyone = (representation?.members.length ?? 0) + localMembers > 0;
  return {
    units: { done: covered, total },
    headed: { done: headed, total },
    rural: { done: ruralCovered, total: ruralTotal },
    level: coverageLevel(covered, total, anyone),
  };
}
