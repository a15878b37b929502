/**
 * How staffed a region's representation is: each member of a regional representation heads one
 * city or district (PRODUCT.md), so the share of the region's units that have a head is the
 * measure the map colours and the region pages state.
 */
import type { GeoRegion, RegionRepresentation } from '../content/schema.ts';

export const STAFFING_LEVELS = ['full', 'partial', 'started', 'none'] as const;
export type StaffingLevel = (typeof STAFFING_LEVELS)[number];

export interface Staffing {
  /** Cities and districts of the region (geography). */
  units: number;
  /** Of them, those a member of the regional representation heads. */
  headed: number;
  level: StaffingLevel;
}

/** `none`: no representation yet; `started`: under half the units headed; `partial`: half or more; `full`: all. */
export function regionStaffing(geo: GeoRegion, representation: RegionRepresentation | undefined): Staffing {
  const unitIds = new Set(geo.units.map((u) => u.id));
  const headed = new Set((representation?.members ?? []).flatMap((m) => m.heads ?? []).filter((id) => unitIds.has(id))).size;
  const units = unitIds.size;
  let level: StaffingLevel;
  if (!representation || representation.members.length === 0) level = 'none';
  else if (headed === units) level = 'full';
  else if (headed * 2 >= units) level = 'partial';
  else level = 'started';
  return { units, headed, level };
}
