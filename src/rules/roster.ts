/**
 * The movement's members across all three levels (regional, city/district, rural), each with the
 * file and data path where it is written. Rules that look at members nationwide start here.
 */
import type { SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Member } from '../content/schema.ts';
import type { DataPath } from '../content/yaml.ts';

export interface MemberPlace {
  member: Member;
  file: SourceFile;
  /** The path of the member entry, e.g. `['members', 3]` or `['rural', 1, 'members', 0]`. */
  path: DataPath;
}

const rosters = new WeakMap<Content['units'], WeakMap<Content['regions'], readonly MemberPlace[]>>();

/**
 * Every member of every valid representation file, in file order (path, then position in the
 * file). Computed once per content: references and hierarchy both walk the national roster.
 */
export function rosterOf(content: Content): readonly MemberPlace[] {
  // Kept per pair of parts rather than per content: both are read by every caller (the validate
  // cache notes what each family reads, each through its own view of the content).
  const { regions, units } = content;
  let byRegions = rosters.get(units);
  if (!byRegions) rosters.set(units, (byRegions = new WeakMap()));
  let roster = byRegions.get(regions);
  if (!roster) byRegions.set(regions, (roster = collectRoster(regions, units)));
  return roster;
}

function collectRoster(regions: Content['regions'], units: Content['units']): MemberPlace[] {
  const places: MemberPlace[] = [];
  for (const { file, data } of regions.values()) {
    data.members.forEach((member, i) => places.push({ member, file, path: ['members', i] }));
  }
  for (const { file, data } of units) {
    data.members.forEach((member, i) => places.push({ member, file, path: ['members', i] }));
    data.rural?.forEach((rural, r) => rural.members.forEach((member, i) => places.push({ member, file, path: ['rural', r, 'members', i] })));
  }
  // Array sort is stable, so members keep their order inside a file.
  return places.sort((a, b) => (a.file.relative < b.file.relative ? -1 : a.file.relative > b.file.relative ? 1 : 0));
}

/**
 * Whether every representation file passed its schema. When one did not, its members are unknown
 * here, and rules that need the whole roster (e.g. "this award names a member that does not exist")
 * wait until the schema error is fixed rather than report a cascade of false alarms.
 */
export function rosterIsComplete(content: Content): boolean {
  const files = content.tree.files.filter((f) => f.place?.kind === 'region' || f.place?.kind === 'unit').length;
  return files === content.regions.size + content.units.length;
}
