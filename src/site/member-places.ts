/**
 * Where each member is listed: the representation (regional, or a city/district's, whose rural
 * representations count as the city/district's) that issues their awards. The site's check pages
 * and the printed certificates both name it, from this one walk over the rosters.
 */
import type { Member, RegionRepresentation, UnitRepresentation } from '../content/schema.ts';

export interface MemberPlace {
  member: Member;
  region: string;
  unit?: string | undefined;
}

/**
 * Every member by id (unique across the country), regional rosters first, then each
 * city/district's own and rural members. Callers say which region/unit each roster belongs to.
 */
export function memberPlaces(
  regions: Iterable<{ region: string; data: RegionRepresentation }>,
  units: Iterable<{ region: string; unit: string; data: UnitRepresentation }>,
): Map<string, MemberPlace> {
  const places = new Map<string, MemberPlace>();
  for (const { region, data } of regions) for (const member of data.members) places.set(member.id, { member, region });
  for (const { region, unit, data } of units) {
    for (const member of data.members) places.set(member.id, { member, region, unit });
    for (const rural of data.rural ?? []) for (const member of rural.members) places.set(member.id, { member, region, unit });
  }
  return places;
}
