/** The one definition of headed and covered (src/content/coverage.ts), on small regions built here. */
import { describe, expect, it } from 'vitest';
import { coverageLevel, regionCoverage } from '../../src/content/coverage.ts';
import type { GeoRegion, RegionRepresentation, UnitRepresentation } from '../../src/content/schema.ts';

const name = { kk: 'x', ru: 'x' };
const geo = (units: number): GeoRegion =>
  ({ id: 'r', kato: '100000000', kind: 'oblast', name, units: Array.from({ length: units }, (_, i) => ({ id: `u${i}`, kato: '100000000', kind: 'district', name, rural: [{ id: `v${i}`, kato: '100000000', kind: 'okrug', name }] })) }) as GeoRegion;
const member = (id: string, extra: object = {}) => ({ id, name: 'Айгерім С.', grade: 8, role: 'member' as const, consent: { name: 'initial' as const, photo: false }, ...extra });
const unitRep = (unit: string, members: number, rural = 0): UnitRepresentation =>
  ({ region: 'r', unit, members: Array.from({ length: members }, (_, i) => member(`${unit}-${i}`)), rural: Array.from({ length: rural }, (_, i) => ({ id: `v${i}`, members: [member(`${unit}-v${i}`)] })) }) as UnitRepresentation;

describe('coverage', () => {
  it('counts a city/district with a representation that has members, and rural representations with members', () => {
    const regional = { region: 'r', maintainers: ['@x'], members: [member('a', { heads: ['u0', 'u1', 'u2', 'u3'] })] } as unknown as RegionRepresentation;
    const units = new Map([['u0', unitRep('u0', 2, 1)], ['u1', unitRep('u1', 0)], ['u9', unitRep('u9', 3)]]);
    // Every district headed, one covered (u1 is being formed, u9 is not in the geography).
    expect(regionCoverage(geo(4), regional, units, 1)).toEqual({ units: { done: 1, total: 4 }, headed: { done: 4, total: 4 }, rural: { done: 1, total: 4 }, level: 'started' });
    // Two heads needed per district: none is headed.
    expect(regionCoverage(geo(4), regional, units, 2).headed).toEqual({ done: 0, total: 4 });
    expect(regionCoverage(geo(4), undefined, new Map(), 1).level).toBe('none');
  });

  it('has four levels, each reachable', () => {
    expect(coverageLevel(0, 4, false)).toBe('none');
    expect(coverageLevel(0, 4, true)).toBe('started');
    expect(coverageLevel(1, 4, true)).toBe('started');
    expect(coverageLevel(2, 4, true)).toBe('partial');
    expect(coverageLevel(3, 4, true)).toBe('partial');
    expect(coverageLevel(4, 4, true)).toBe('full');
  });
});
