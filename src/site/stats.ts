/**
 * The movement's numbers for the stats page, counted from the content at build time. A simple
 * placeholder until the stats issue feeds richer figures.
 */
import type { SiteContent } from './site-content.ts';

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
    participants: held.reduce((sum, e) => sum + (e.data.results?.participants ?? 0), 0),
    awards: content.awards.length,
    followers: social.reduce((sum, account) => sum + (account.followers ?? 0), 0),
  };
}
