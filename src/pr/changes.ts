/**
 * What a pull request changes in the content, computed from the parsed base and head trees
 * (not from a text diff): members added, removed or changed per representation, approvals and
 * resubmissions of regional representations, events added, changed and deleted. The PR rules
 * and the Markdown summary both read this one description.
 */
import { eventId } from '../content/layout.ts';
import type { ContentTree, SourceFile } from '../content/load.ts';
import type { Content, Entry, EventEntry } from '../content/model.ts';
import type { Approval, Member, RegionRepresentation, Resubmission } from '../content/schema.ts';
import type { DataPath } from '../content/yaml.ts';

export type RepresentationLevel = 'region' | 'unit' | 'rural';

/** A member as the change sees it: where it stands (in head, or in base when removed). */
export interface MemberRef {
  id: string;
  member: Member;
  path: DataPath;
}

export interface RepresentationChange {
  level: RepresentationLevel;
  /** `<region>`, `<region>/<unit>` or `<region>/<unit>/<rural>`. */
  key: string;
  region: string;
  /** The head file, or the base file when the head file was deleted. */
  file: SourceFile;
  added: MemberRef[];
  removed: MemberRef[];
  changed: MemberRef[];
}

export interface RegionChange {
  region: string;
  base?: Entry<RegionRepresentation>;
  /** Undefined when the file was deleted. */
  head?: Entry<RegionRepresentation>;
  membersChanged: boolean;
  approvalChanged: boolean;
  /** Resubmissions present in head and not in base. */
  newResubmissions: Resubmission[];
}

export interface EventChange {
  kind: 'added' | 'changed' | 'deleted';
  id: string;
  base?: EventEntry;
  head?: EventEntry;
  /** Frontmatter fields whose value differs (changed events). */
  fields: string[];
  bodyChanged: boolean;
}

export interface Changes {
  /** Content files added, modified or deleted (display paths), sorted. */
  files: string[];
  /** Regions whose own files (representations, geography) the change touches, sorted. */
  regions: string[];
  representations: RepresentationChange[];
  regionChanges: RegionChange[];
  events: EventChange[];
}

/** Compares the parsed base and head. Files whose head fails its schema are left to `validate`. */
export function diffContent(baseTree: ContentTree, base: Content, headTree: ContentTree, head: Content): Changes {
  const files = changedFiles(baseTree, headTree);
  const changed = new Set(files);
  const headPaths = new Set(headTree.files.map((f) => f.relative));
  const regions = new Set<string>();
  for (const file of [...baseTree.files, ...headTree.files]) {
    if (changed.has(file.path) && file.place?.region && file.place.kind !== 'event') regions.add(file.place.region);
  }
  return {
    files,
    regions: [...regions].sort(),
    representations: diffRepresentations(base, head, headPaths),
    regionChanges: diffRegions(base, head, headPaths),
    events: diffEvents(baseTree, base, headTree, head),
  };
}

/** Display paths of content files whose text differs between the trees. */
function changedFiles(baseTree: ContentTree, headTree: ContentTree): string[] {
  const base = new Map(baseTree.files.map((f) => [f.path, f.text]));
  const head = new Map(headTree.files.map((f) => [f.path, f.text]));
  const paths = new Set([...base.keys(), ...head.keys()]);
  return [...paths].filter((p) => base.get(p) !== head.get(p)).sort();
}

interface Roster {
  level: RepresentationLevel;
  key: string;
  region: string;
  file: SourceFile;
  members: MemberRef[];
}

/** Every roster of a content: regional, unit and rural, by key. */
function rosters(content: Content): Map<string, Roster> {
  const out = new Map<string, Roster>();
  for (const [region, entry] of content.regions) {
    out.set(region, { level: 'region', key: region, region, file: entry.file, members: refs(entry.data.members, ['members']) });
  }
  for (const unit of content.units) {
    const key = `${unit.region}/${unit.unit}`;
    out.set(key, { level: 'unit', key, region: unit.region, file: unit.file, members: refs(unit.data.members, ['members']) });
    for (const [i, rural] of (unit.data.rural ?? []).entries()) {
      const ruralKey = `${key}/${rural.id}`;
      out.set(ruralKey, { level: 'rural', key: ruralKey, region: unit.region, file: unit.file, members: refs(rural.members, ['rural', i, 'members']) });
    }
  }
  return out;
}

function refs(members: readonly Member[], at: DataPath): MemberRef[] {
  return members.map((member, i) => ({ id: member.id, member, path: [...at, i] }));
}

function diffRepresentations(base: Content, head: Content, headPaths: Set<string>): RepresentationChange[] {
  const before = rosters(base);
  const after = rosters(head);
  const out: RepresentationChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    // A head file that exists but failed its schema is not a deletion: validate reports it.
    if (!a && b && headPaths.has(b.file.relative)) continue;
    const baseMembers = new Map((b?.members ?? []).map((m) => [m.id, m]));
    const headMembers = new Map((a?.members ?? []).map((m) => [m.id, m]));
    const change: RepresentationChange = {
      level: (a ?? b)!.level,
      key,
      region: (a ?? b)!.region,
      file: (a ?? b)!.file,
      added: [...headMembers.values()].filter((m) => !baseMembers.has(m.id)),
      removed: [...baseMembers.values()].filter((m) => !headMembers.has(m.id)),
      changed: [...headMembers.values()].filter((m) => baseMembers.has(m.id) && !sameValue(m.member, baseMembers.get(m.id)!.member)),
    };
    if (change.added.length + change.removed.length + change.changed.length > 0) out.push(change);
  }
  return out.sort((x, y) => x.key.localeCompare(y.key));
}

function diffRegions(base: Content, head: Content, headPaths: Set<string>): RegionChange[] {
  const out: RegionChange[] = [];
  for (const region of new Set([...base.regions.keys(), ...head.regions.keys()])) {
    const b = base.regions.get(region);
    const a = head.regions.get(region);
    if (!a && b && headPaths.has(b.file.relative)) continue;
    const baseResubmissions = new Set((b?.data.resubmissions ?? []).map(resubmissionKey));
    const change: RegionChange = {
      region,
      ...(b && { base: b }),
      ...(a && { head: a }),
      membersChanged: !sameValue(b?.data.members ?? [], a?.data.members ?? []),
      approvalChanged: !sameValue(b?.data.approved ?? null, a?.data.approved ?? null),
      newResubmissions: (a?.data.resubmissions ?? []).filter((r) => !baseResubmissions.has(resubmissionKey(r))),
    };
    if (change.membersChanged || change.approvalChanged || change.newResubmissions.length > 0) out.push(change);
  }
  return out.sort((x, y) => x.region.localeCompare(y.region));
}

function resubmissionKey(r: Resubmission): string {
  return `${r.date} ${r.letter}`;
}

/** True when `next` is a new approval: a later date and another order number than `previous`. */
export function isNewApproval(previous: Approval | undefined, next: Approval | undefined): boolean {
  if (!next) return false;
  if (!previous) return true;
  return next.date > previous.date && next.order.trim() !== previous.order.trim();
}

function diffEvents(baseTree: ContentTree, base: Content, headTree: ContentTree, head: Content): EventChange[] {
  const headFileIds = eventFileIds(headTree);
  const baseFileIds = eventFileIds(baseTree);
  const before = new Map(base.events.map((e) => [e.id, e]));
  const after = new Map(head.events.map((e) => [e.id, e]));
  const out: EventChange[] = [];
  for (const [id, entry] of after) {
    const previous = before.get(id);
    if (!previous) {
      // An event whose base file failed its schema is not new: there is nothing to compare it with.
      if (!baseFileIds.has(id)) out.push({ kind: 'added', id, head: entry, fields: [], bodyChanged: false });
      continue;
    }
    const fields = changedFields(previous.data, entry.data);
    const bodyChanged = (previous.file.body?.text ?? '') !== (entry.file.body?.text ?? '');
    if (fields.length > 0 || bodyChanged) out.push({ kind: 'changed', id, base: previous, head: entry, fields, bodyChanged });
  }
  for (const [id, entry] of before) {
    if (!headFileIds.has(id)) out.push({ kind: 'deleted', id, base: entry, fields: [], bodyChanged: false });
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

/** `<year>/<slug>` of every event file, valid or not (`.md` and `.mdx` are the same event). */
function eventFileIds(tree: ContentTree): Set<string> {
  const ids = new Set<string>();
  for (const file of tree.files) if (file.place?.kind === 'event') ids.add(eventId(file.place));
  return ids;
}

function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => !sameValue(b[k], a[k])).sort();
}

/**
 * Structural equality of parsed values: key order is not a change, dates compare by instant.
 * The same object is equal at once: an unchanged file's base shares the head's parse, so a small
 * pull request does not serialise the whole national roster twice.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    // Dates arrive here already as ISO strings (JSON.stringify calls toJSON before the replacer).
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}
