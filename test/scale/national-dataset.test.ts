/**
 * The national dataset generator: every file it writes parses with js-yaml and the content
 * schemas, the representation hierarchy holds, the dates are consistent at DATASET_NOW, and
 * the same seed gives the same bytes. A small two-region tree keeps it fast; one full run
 * checks the national targets of PRODUCT.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  awardsFileSchema,
  eventSchema,
  geoRegionSchema,
  movementSchema,
  projectSchema,
  regionRepresentationSchema,
  unitRepresentationSchema,
  type Award,
  type EventData,
  type GeoRegion,
  type Member,
  type Movement,
  type ProjectData,
  type RegionRepresentation,
  type UnitRepresentation,
} from '../../src/content/schema.ts';
import { loadContent } from '../../src/content/load.ts';
import { validateTree } from '../../src/validator/validate.ts';
import { DATASET_NOW, generateNationalDataset, prepareOutput, type NationalDatasetOptions } from '../../src/scale/national-dataset.ts';

const temp = mkdtempSync(join(tmpdir(), 'national-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const SMALL: Omit<NationalDatasetOptions, 'contentRoot'> = { seed: 7, regions: ['turkistan', 'astana'], eventsCount: 50, awardsCount: 40 };

function generate(name: string, options: Omit<NationalDatasetOptions, 'contentRoot'>) {
  const contentRoot = join(temp, name);
  return { contentRoot, stats: generateNationalDataset({ ...options, contentRoot }) };
}

/** Every file of a tree, relative path → text. */
function readTree(root: string): Map<string, string> {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
  return new Map(paths.map((p) => [p, readFileSync(join(root, p), 'utf8')]));
}

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;

const small = generate('small', SMALL);
const tree = readTree(small.contentRoot);
const load = (path: string): unknown => jsYaml.load(tree.get(path)!);

const movement: Movement = movementSchema.parse(load('movement.yaml'));
const geography = new Map<string, GeoRegion>();
const regions = new Map<string, RegionRepresentation>();
const units = new Map<string, UnitRepresentation>();
const events = new Map<string, { data: EventData; raw: string; body: string }>();
const projects = new Map<string, { data: ProjectData; body: string }>();
let awards: Award[] = [];
for (const [path, text] of tree) {
  const parts = path.split('/');
  if (parts[0] === 'geography') geography.set(parts[1]!.replace('.yaml', ''), geoRegionSchema.parse(load(path)));
  else if (parts[0] === 'representations' && parts[2] === 'region.yaml') regions.set(parts[1]!, regionRepresentationSchema.parse(load(path)));
  else if (parts[0] === 'representations') units.set(`${parts[1]}/${parts[2]!.replace('.yaml', '')}`, unitRepresentationSchema.parse(load(path)));
  else if (parts[0] === 'events') {
    const match = FRONTMATTER.exec(text);
    expect(match, path).not.toBeNull();
    events.set(`${parts[1]}/${parts[2]!.replace('.mdx', '')}`, { data: eventSchema.parse(jsYaml.load(match![1]!)), raw: match![1]!, body: text.slice(match![0].length) });
  } else if (parts[0] === 'projects') {
    const match = FRONTMATTER.exec(text);
    expect(match, path).not.toBeNull();
    projects.set(`${parts[1]}/${parts[2]!.replace('.mdx', '')}`, { data: projectSchema.parse(jsYaml.load(match![1]!)), body: text.slice(match![0].length) });
  } else if (path === 'awards/2027.yaml') awards = awardsFileSchema.parse(load(path));
  else if (path !== 'movement.yaml') throw new Error(`unexpected file ${path}`);
}

const allMembers: (Member & { where: string })[] = [
  ...[...regions].flatMap(([id, r]) => r.members.map((m) => ({ ...m, where: id }))),
  ...[...units].flatMap(([id, u]) => [...u.members.map((m) => ({ ...m, where: id })), ...(u.rural ?? []).flatMap((r) => r.members.map((m) => ({ ...m, where: `${id}/${r.id}` })))]),
];

describe('national dataset (turkistan + astana, 50 events)', () => {
  it('writes all 20 geography files, the two regions, each of their units, 50 events and one awards file', () => {
    expect(geography.size).toBe(20);
    expect([...regions.keys()].sort()).toEqual(['astana', 'turkistan']);
    expect(units.size).toBe(geography.get('turkistan')!.units.length + geography.get('astana')!.units.length);
    expect(events.size).toBe(50);
    expect(awards).toHaveLength(40);
    expect(small.stats.files).toBe(tree.size);
    expect(small.stats.bytes).toBe([...tree.values()].reduce((sum, t) => sum + Buffer.byteLength(t), 0));
  });

  it('copies the committed geography byte for byte', () => {
    for (const [path, text] of tree) if (path.startsWith('geography/')) expect(text, path).toBe(readFileSync(join('content', path), 'utf8'));
  });

  it('gives the movement its season, deadlines and rules', () => {
    expect(movement).toMatchObject({
      season: 2027,
      deadlines: { composition_approved: '2027-05-25', ministry_list: '2027-05-30' },
      summer: { from: '2027-06-01', to: '2027-08-31' },
      rules: { event_lead_days: 3, results_due_days: 7, member_grades: [5, 11], region_members_per_unit: 1 },
    });
    expect(Object.keys(movement.topics).length).toBeGreaterThanOrEqual(12);
  });

  it('heads every city/district by exactly one regional member, who heads only it', () => {
    for (const [id, region] of regions) {
      const heads = region.members.map((m) => m.heads ?? []);
      expect(heads.every((h) => h.length === 1), id).toBe(true);
      expect(heads.flat().sort(), id).toEqual(geography.get(id)!.units.map((u) => u.id).sort());
      expect(region.approved?.date).toBe('2027-05-20');
      expect(region.curator?.email).toMatch(/^info@[a-z-]+\.example\.kz$/);
    }
  });

  it('has a representation for every unit with every geography rural place, each coordinated by exactly one member', () => {
    for (const [regionId, region] of geography) {
      if (!regions.has(regionId)) continue;
      for (const unit of region.units) {
        const representation = units.get(`${regionId}/${unit.id}`);
        expect(representation, `${regionId}/${unit.id}`).toMatchObject({ region: regionId, unit: unit.id });
        const ruralIds = (unit.rural ?? []).map((r) => r.id);
        expect((representation!.rural ?? []).map((r) => r.id)).toEqual(ruralIds);
        const coordinated = representation!.members.flatMap((m) => m.coordinates ?? []);
        expect(coordinated.sort()).toEqual([...ruralIds].sort());
        if (ruralIds.length > 0) for (const m of representation!.members) expect(m.coordinates?.length, m.id).toBeGreaterThan(0);
      }
    }
  });

  it('has exactly one leader in every representation', () => {
    const leaders = (members: Member[]) => members.filter((m) => m.role === 'leader').length;
    for (const [id, r] of regions) expect(leaders(r.members), id).toBe(1);
    for (const [id, u] of units) {
      expect(leaders(u.members), id).toBe(1);
      for (const rural of u.rural ?? []) expect(leaders(rural.members), `${id}/${rural.id}`).toBe(1);
    }
  });

  it('has member ids unique nationwide, grades within the rules, names in the form the consent allows', () => {
    expect(new Set(allMembers.map((m) => m.id)).size).toBe(allMembers.length);
    const [lowest, highest] = movement.rules.member_grades;
    for (const m of allMembers) {
      expect(m.grade, m.id).toBeGreaterThanOrEqual(lowest);
      expect(m.grade, m.id).toBeLessThanOrEqual(highest);
      expect(m.name, m.id).toMatch(m.consent.name === 'full' ? /^\p{L}+ \p{L}+$/u : /^\p{L}+ \p{Lu}\.$/u);
    }
    expect(new Set(allMembers.map((m) => m.consent.name))).toEqual(new Set(['full', 'initial', 'hidden']));
  });

  it('keeps contacts out of every child-facing file: e-mail and phone appear only in curator blocks', () => {
    for (const [path, text] of tree) {
      if (path.startsWith('geography/') || path === 'movement.yaml') continue;
      const withoutCurator = path.endsWith('/region.yaml') ? text.replace(/^curator:\n(?: {2}.*\n)+/m, '') : text;
      expect(withoutCurator, path).not.toMatch(/@[a-z0-9-]+\.[a-z]|\+7[\s\d]{6,}|\d{10,}/);
    }
  });

  it('schedules events consistently at DATASET_NOW', () => {
    const now = new Date(DATASET_NOW);
    const organizers = new Set(['national', ...regions.keys(), ...units.keys()]);
    for (const [id, { data, raw, body }] of events) {
      expect(organizers.has(data.organizer), id).toBe(true);
      expect(raw, id).toMatch(/^start: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/m);
      expect(data.start < data.end, id).toBe(true);
      expect(data.topics.every((t) => t in movement.topics), id).toBe(true);
      expect(data.audience.grades[0]).toBeGreaterThanOrEqual(5);
      expect(data.audience.grades[1]).toBeLessThanOrEqual(11);
      expect(Boolean(data.online), id).toBe(data.format !== 'offline');
      expect(Boolean(data.place), id).toBe(data.format !== 'online');
      expect(data.title.kk && data.title.ru && data.summary.kk && data.summary.ru, id).toBeTruthy();
      const startDate = raw.match(/^start: (\d{4}-\d\d-\d\d)/m)![1]!;
      if (data.registration) expect(data.registration.deadline < startDate, id).toBe(true);
      if (data.end < now) {
        expect(data.status, id).toBe('held');
        expect(data.results!.reported >= startDate && data.results!.reported <= DATASET_NOW.slice(0, 10), id).toBe(true);
      } else {
        expect(data.status, id).toBe('planned');
        expect(data.start > now, id).toBe(true);
        expect(data.results, id).toBeUndefined();
      }
      expect(body.trim().length, id).toBeGreaterThan(50);
      expect(body, id).not.toMatch(/^(import|export)\s|[{}<]/m);
    }
    expect([...events.values()].some((e) => e.data.status === 'held')).toBe(true);
  });

  it('numbers awards in date order and links them to existing members and held events', () => {
    const members = new Set(allMembers.map((m) => m.id));
    expect(awards.map((a) => a.id)).toEqual(awards.map((_, i) => `2027-${String(i + 1).padStart(6, '0')}`));
    expect(awards.map((a) => a.date)).toEqual(awards.map((a) => a.date).sort());
    for (const award of awards) {
      expect(members.has(award.member), award.id).toBe(true);
      expect(award.date <= DATASET_NOW.slice(0, 10), award.id).toBe(true);
      if (award.event) expect(events.get(award.event)?.data.status, award.id).toBe('held');
    }
  });

  it('writes 2 projects per 5 events, each run by an existing representation with its team from there or below', () => {
    expect(projects.size).toBe(20);
    expect(small.stats.projects).toBe(20);
    const known = new Set([...regions.keys(), ...units.keys(), ...[...units].flatMap(([id, u]) => (u.rural ?? []).map((r) => `${id}/${r.id}`))]);
    const whereOf = new Map(allMembers.map((m) => [m.id, m.where]));
    const eventIds = new Set(events.keys());
    for (const [id, { data, body }] of projects) {
      expect(id.split('/')[0], id).toBe(data.representation.split('/')[0]);
      expect(known.has(data.representation), id).toBe(true);
      expect(new Set(data.team).size, id).toBe(data.team.length);
      for (const member of data.team) expect(`${whereOf.get(member)}/`.startsWith(`${data.representation}/`), `${id} ${member}`).toBe(true);
      for (const topic of data.topics) expect(movement.topics, id).toHaveProperty(topic);
      for (const event of [...(data.results.events ?? []), ...(data.promoted ? [data.promoted.event] : [])]) expect(eventIds.has(event), `${id} ${event}`).toBe(true);
      expect(body, id).toMatch(/^## (Қалай қайталауға болады|Как повторить)$/m);
    }
    expect(new Set([...projects.values()].map((p) => p.data.stage))).toEqual(new Set(['idea', 'running', 'done']));
  });

  it('passes the validator clean at DATASET_NOW, projects included', () => {
    const { problems } = validateTree(loadContent(small.contentRoot), { now: new Date(DATASET_NOW) });
    expect(problems).toEqual([]);
    // The rules did read the projects: one broken reference is reported at its file.
    const broken = generate('broken-project', SMALL);
    const [first] = [...projects.keys()];
    const path = join(broken.contentRoot, 'projects', `${first}.mdx`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^team: \[/m, 'team: [nobody-here, '));
    expect(validateTree(loadContent(broken.contentRoot), { now: new Date(DATASET_NOW) }).problems.map((p) => [p.rule, p.file.endsWith(`${first}.mdx`)])).toEqual([['project-member-unknown', true]]);
  });

  it('is deterministic: the same seed gives the same bytes, another seed another tree', () => {
    expect(readTree(generate('again', SMALL).contentRoot)).toEqual(tree);
    const other = readTree(generate('other', { ...SMALL, seed: 8 }).contentRoot);
    expect(other.get('representations/astana/region.yaml')).not.toBe(tree.get('representations/astana/region.yaml'));
  });

  it('rejects an unknown region', () => {
    expect(() => generate('bad', { regions: ['nur-sultan'] })).toThrow(/unknown region: nur-sultan/);
  });
});

describe('prepareOutput', () => {
  it('refuses a non-empty folder it did not generate, and clears one it did', () => {
    const out = join(temp, 'prepared');
    const marker = join(temp, 'prepared.marker');
    prepareOutput(out, marker);
    generateNationalDataset({ ...SMALL, regions: ['astana'], eventsCount: 1, awardsCount: 1, contentRoot: out });
    prepareOutput(out, marker);
    expect(readdirSync(out)).toEqual([]);
    const foreign = join(temp, 'small');
    expect(() => prepareOutput(foreign, join(temp, 'no-marker'))).toThrow(/not empty/);
    expect(readdirSync(foreign).length).toBeGreaterThan(0);
  });
});

describe('national dataset at full scale', () => {
  it('meets PRODUCT.md national targets: 5,270 files, ≈ 12.6 MB, ≈ 30,000 members, 5,000 events, 3,000 awards, and 2,000 projects besides', () => {
    const { stats, contentRoot } = generate('full', {});
    expect(stats).toMatchObject({ files: 5270 + 2000, regions: 20, units: 228, ruralRepresentations: 2287, events: 5000, awards: 3000, projects: 2000 });
    expect(stats.members).toBeGreaterThan(28_000);
    expect(stats.members).toBeLessThan(32_000);
    // ≈ 12.6 MB without the projects, ≈ 2.5 MB of projects.
    expect(stats.bytes).toBeGreaterThan(14_500_000);
    expect(stats.bytes).toBeLessThan(16_000_000);

    // Some awards for organising a project name it: the project exists and the member is on its team.
    const named = awardsFileSchema.parse(jsYaml.load(readFileSync(join(contentRoot, 'awards/2027.yaml'), 'utf8'))).filter((a) => a.project);
    expect(named.length).toBeGreaterThan(50);
    for (const award of named) {
      const text = readFileSync(join(contentRoot, 'projects', `${award.project}.mdx`), 'utf8');
      expect(/^team: \[(.*)\]$/m.exec(text)![1]!.split(', '), award.id).toContain(award.member);
      expect(award.event, award.id).toBeUndefined();
    }
  });
});
