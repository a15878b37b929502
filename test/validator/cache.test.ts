/**
 * The validate cache never changes a verdict. A scaled-down generated dataset is edited at
 * random (seeded, so a failure replays) in several rounds — a member edited, a file deleted,
 * an event added, a file broken, movement.yaml's rules changed — and after each round the
 * cached run's JSON output must equal, byte for byte, a run without the cache. A truncated,
 * corrupt or stale cache, and one whose facts lack a field a family reads, are not trusted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NOW, generateNationalDataset } from '../../src/scale/national-dataset.ts';
import { cachePath, readCache } from '../../src/validator/cache.ts';
import { committedMasks } from '../../src/validator/cold.ts';
import { decodeFacts, type ReadMask } from '../../src/validator/projection.ts';
import { formatReport } from '../../src/validator/format.ts';
import { runValidation } from '../../src/validator/run.ts';

const NOW = new Date(DATASET_NOW);
const temp = mkdtempSync(join(tmpdir(), 'validate-cache-'));
const pristine = join(temp, 'pristine');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

beforeAll(() => {
  generateNationalDataset({ contentRoot: pristine, seed: 11, regions: ['ulytau', 'abai'], eventsCount: 60, awardsCount: 40 });
});

/**
 * A fresh copy of the dataset with its own cache folder. Its files are as new as the copy, so
 * their mtimes cannot be trusted yet and every edit is found by hash; `checkedOutEarlier` dates
 * them an hour back, as files checked out before the run.
 */
function workspace(name: string, checkedOutEarlier = false) {
  const root = join(temp, name, 'content');
  cpSync(pristine, root, { recursive: true });
  if (checkedOutEarlier) {
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const path of files(root, '.')) utimesSync(path, hourAgo, hourAgo);
  }
  return { root, cacheDir: join(temp, name, 'cache') };
}

async function run(ws: { root: string; cacheDir: string }, cache: boolean, parallel?: boolean) {
  const result = await runValidation({ contentDir: ws.root, now: NOW, cache, cacheDir: ws.cacheDir, ...(parallel !== undefined && { parallel }) });
  const report = { problems: result.rendered, filesChecked: result.filesChecked, sources: result.sources };
  // The text format shows each problem's source line: a cached file's text, read on demand.
  return { json: formatReport(report, 'json', result.locale), text: formatReport(report, 'text', result.locale), result };
}

/** Cached and uncached output of the same tree; the cached one must not differ by a byte. */
async function compare(ws: { root: string; cacheDir: string }) {
  const cached = await run(ws, true);
  const plain = await run(ws, false);
  expect(cached.json).toBe(plain.json);
  expect(cached.text).toBe(plain.text);
  return cached;
}

/** A small seeded generator (mulberry32): the same edits on every run of the test. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function files(root: string, under: string): string[] {
  return readdirSync(join(root, under), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

type Edit = (root: string, pick: <T>(items: T[]) => T) => string;

/** Replaces the n-th match (chosen at random) of `pattern` in `path`; false when there is none. */
function replaceOne(path: string, pattern: RegExp, replace: (match: string) => string, pick: <T>(items: T[]) => T): boolean {
  const text = readFileSync(path, 'utf8');
  // The pattern's own flags kept (`m`: an edit anchored at a line start).
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length === 0) return false;
  const m = pick(matches);
  writeFileSync(path, text.slice(0, m.index) + replace(m[0]) + text.slice(m.index + m[0].length));
  return true;
}

const rosters = (root: string) => files(root, 'representations');

const EDITS: Record<string, Edit> = {
  'member grade out of range': (root, pick) => (replaceOne(pick(rosters(root)), /grade: \d+/, () => 'grade: 2', pick), 'grade'),
  'second leader': (root, pick) => (replaceOne(pick(rosters(root)), /role: member/, () => 'role: leader', pick), 'leader'),
  'consent made full': (root, pick) => (replaceOne(pick(rosters(root)), /consent: \{ name: initial/, () => 'consent: { name: full', pick), 'consent'),
  'member id duplicated': (root, pick) => {
    const path = pick(rosters(root));
    const ids = [...readFileSync(path, 'utf8').matchAll(/id: ([a-z]+-[a-z]-\d+)/g)].map((m) => m[1]!);
    if (ids.length > 1) replaceOne(path, /id: [a-z]+-[a-z]-\d+/, () => `id: ${ids[0]}`, pick);
    return 'duplicate id';
  },
  'same-size edit, mtime kept': (root, pick) => {
    const path = pick(rosters(root));
    const { atime, mtime } = statSync(path);
    replaceOne(path, /grade: [5-9]\b/, (m) => `grade: ${m.endsWith('9') ? 5 : Number(m.at(-1)) + 1}`, pick);
    utimesSync(path, atime, mtime);
    return 'same size';
  },
  'event deleted': (root, pick) => (rmSync(pick(files(root, 'events'))), 'deleted event'),
  'roster deleted': (root, pick) => (rmSync(pick(rosters(root).filter((p) => !p.endsWith('region.yaml')))), 'deleted roster'),
  'event added': (root, pick) => {
    const from = pick(files(root, 'events'));
    const text = readFileSync(from, 'utf8').replace(/^organizer: .*$/m, pick(['organizer: nowhere', 'organizer: national', 'organizer: abai/no-such-unit']));
    writeFileSync(from.replace(/\.mdx?$/, `-copy${Math.floor(pick([1, 2, 3, 4]))}.mdx`), text);
    return 'added event';
  },
  'file broken': (root, pick) => {
    const path = pick([...rosters(root), ...files(root, 'events'), ...files(root, 'awards')]);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nbroken: [unclosed\n`);
    return 'broken';
  },
  'unknown key': (root, pick) => (replaceOne(pick(files(root, 'events')), /^status: /m, () => 'colour: red\nstatus: ', pick), 'unknown key'),
  'movement rules changed': (root, pick) => (replaceOne(join(root, 'movement.yaml'), /member_grades: \[\d+, \d+\]/, () => `member_grades: [${pick([5, 6, 7])}, ${pick([10, 11])}]`, pick), 'movement'),
  'hidden member named in an award': (root, pick) => (replaceOne(pick(files(root, 'awards')), /reason: \{ kk: /, () => 'reason: { kk: Жансая Б. ', pick), 'award reason'),
  // Sections whose verdicts are kept apart (references, personal data): an edit that one section sees and the others do not.
  // A name no member has yet: the next edit hides it, and only a re-run of the hidden-name check on the rosters finds it here.
  'event names a member to come': (root, pick) => (replaceOne(pick(files(root, 'events').filter((p) => !/\.ru\.mdx?$/.test(p))), /^title: \{ kk: "/m, () => 'title: { kk: "Зарина Қ. ', pick), 'event title'),
  'event topic unknown': (root, pick) => (replaceOne(pick(files(root, 'events')), /^topics: \[/m, () => 'topics: [no-such-topic, ', pick), 'event topic'),
  'hidden member added to a unit': (root, pick) => (
    replaceOne(pick(rosters(root).filter((p) => !p.endsWith('region.yaml'))), /^members:\n/m, () => 'members:\n  - { id: added-h-1, name: Зарина Қ., grade: 7, role: member, consent: { name: hidden, photo: false } }\n', pick), 'member added'
  ),
  // Projects: a part of the content several families never read (their verdicts are kept).
  'project team names an unknown member': (root, pick) => (replaceOne(pick(files(root, 'projects')), /team: \[/, () => 'team: [no-such-member, ', pick), 'project team'),
  'project loses its how-to': (root, pick) => (replaceOne(pick(files(root, 'projects')), /^## .*$/m, () => '## Итоги', pick), 'project how-to'),
};

describe('validate cache: the verdict is the same with and without it', () => {
  it('on random edits of a generated dataset, round after round', async () => {
    const ws = workspace('rounds');
    const first = await compare(ws);
    expect(first.result.cache).toBe('cold');
    expect(existsSync(cachePath(ws.root, ws.cacheDir))).toBe(true);
    const unchanged = await compare(ws);
    expect(unchanged.result.cache).toBe('warm');

    const next = random(2027);
    const pick = <T,>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const names = Object.keys(EDITS);
    const served: string[] = [];
    const outputs = new Set<string>();
    let twoThreads = 0;
    for (let round = 0; round < 18; round++) {
      // Every edit once in the first rounds, then at random.
      const name = round < names.length ? names[round]! : pick(names);
      EDITS[name]!(ws.root, pick);
      const { result, json } = await compare(ws);
      served.push(`${name}: ${result.cache}`);
      outputs.add(json);
      // A cold run on two threads (a cache folder of its own) on the same broken tree: the same output.
      const parallel = { root: ws.root, cacheDir: join(ws.cacheDir, `../parallel-${round}`) };
      expect((await run(parallel, true, true)).json).toBe(json);
      // Taken, not given up for the single-thread run: its cache holds the committed masks.
      if (isDeepStrictEqual(readCache(parallel.root, parallel.cacheDir)?.masks, committedMasks())) twoThreads++;
    }
    // The edits did change verdicts (the comparison compared something), and most rounds used the cache.
    expect(outputs.size).toBeGreaterThan(5);
    expect(twoThreads).toBeGreaterThan(12);
    expect(served.filter((s) => s.endsWith('warm')).length, served.join('\n')).toBeGreaterThan(6);
  }, 180_000);
});

describe('validate cache: a cache that cannot be trusted is ignored', () => {
  async function prepared(name: string) {
    const ws = workspace(name);
    const reference = await run(ws, false);
    await run(ws, true);
    // One real problem, so a cache that lied about it would show.
    const roster = rosters(ws.root)[0]!;
    writeFileSync(roster, readFileSync(roster, 'utf8').replace('role: member', 'role: leader'));
    const expected = (await run(ws, false)).json;
    expect(expected).not.toBe(reference.json);
    return { ws, path: cachePath(ws.root, ws.cacheDir), expected };
  }

  /** Re-signs a cache payload, as a well-formed file from another version or a bug would be. */
  function resign(path: string, change: (data: Record<string, unknown>) => void) {
    const data = deserialize(readFileSync(path).subarray(20)) as Record<string, unknown>;
    change(data);
    const payload = serialize(data);
    const digest = createHash('sha1').update(payload).digest();
    writeFileSync(path, Buffer.concat([digest, payload]));
    return digest.toString('hex');
  }

  it.each([
    ['truncated', (path: string) => writeFileSync(path, readFileSync(path).subarray(0, 1000))],
    ['corrupt (one byte flipped)', (path: string) => {
      const bytes = readFileSync(path);
      const middle = bytes.length >> 1;
      bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
      writeFileSync(path, bytes);
    }],
    ['empty', (path: string) => writeFileSync(path, '')],
    ['of another version', (path: string) => resign(path, (d) => (d['version'] = 'other'))],
    ['of another shape', (path: string) => resign(path, (d) => (d['files'] = [{ relative: 1 }]))],
  ])('%s: a full run, the same output', async (_, spoil) => {
    const { ws, path, expected } = await prepared(`spoiled-${_.replace(/\W+/g, '-')}`);
    spoil(path);
    const { json, result } = await run(ws, true);
    expect(result.cache).toBe('cold');
    expect(json).toBe(expected);
  });

  it('facts that lack a field a family reads: the run is redone in full, never answered with undefined', async () => {
    const { ws, path, expected } = await prepared('lacking');
    // The base's records and masks, and the units' facts file it names (each unit file's facts, in the records' order).
    const base = deserialize(readFileSync(path).subarray(20)) as { masks: Record<string, ReadMask>; files: { relative: string; valid: boolean; encoded: boolean }[] };
    const unit = base.masks['unit']!;
    const isUnit = (relative: string) => /^representations\/[^/]+\/(?!region\.yaml)/.test(relative);
    // A unit file's facts are stored field by field (`.facts.unit.f<i>.bin`, in its mask's order); a projected one, whole in `.facts.unit.bin`.
    const fields = Object.keys(unit.k!).map((_, i) => deserialize(readFileSync(path.replace(/\.bin$/, `.facts.unit.f${i}.bin`)).subarray(20)) as unknown[]);
    const facts = resign(path.replace(/\.bin$/, '.facts.unit.bin'), (d) => {
      base.files.filter((file) => isUnit(file.relative)).forEach((file, i) => {
        if (!file.valid) return;
        const stored = d as unknown as unknown[];
        const lacking = { ...(file.encoded ? decodeFacts(fields.map((column) => column[i]), unit) : stored[i]) as Record<string, unknown> };
        delete lacking['members'];
        stored[i] = lacking;
      });
    });
    resign(path, (d) => {
      const masks = d['masks'] as Record<string, ReadMask>;
      delete masks['unit']!.k!['members'];
      for (const file of d['files'] as { relative: string; valid: boolean; encoded: boolean }[]) {
        if (file.valid && /^representations\/[^/]+\/(?!region\.yaml)/.test(file.relative)) file.encoded = false;
      }
      (d['facts'] as Record<string, string>)['unit'] = facts;
    });
    const { json, result } = await run(ws, true);
    expect(result.cache).toBe('miss');
    expect(json).toBe(expected);
    // The redone run learned the field again: the next one is answered from the cache.
    expect((await run(ws, true)).result.cache).toBe('warm');
  });
  it("a corrupt field file of the facts (an event's dates, say): the run is redone in full, the same output", async () => {
    const { ws } = await prepared('field-file');
    // The movement's grades changed, so every event is checked again against them, on its stored fields.
    const movement = join(ws.root, 'movement.yaml');
    writeFileSync(movement, readFileSync(movement, 'utf8').replace(/member_grades: \[\d+, \d+\]/, 'member_grades: [6, 10]'));
    const expected = (await run(ws, false)).json;
    const fieldFiles = readdirSync(ws.cacheDir).filter((f) => /\.facts\.event\.f\d+\.bin$/.test(f));
    expect(fieldFiles.length).toBeGreaterThan(5);
    for (const f of fieldFiles) {
      const bytes = readFileSync(join(ws.cacheDir, f));
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 2) ^ 0xff, bytes.length - 2);
      writeFileSync(join(ws.cacheDir, f), bytes);
    }
    const { json, result } = await run(ws, true);
    expect(result.cache).toBe('miss');
    expect(json).toBe(expected);
  });
});

describe('validate cache: a small re-run writes a delta, not the whole cache', () => {
  it('keeps the base as it was, and a corrupt delta costs only a re-parse of what it held', async () => {
    const ws = workspace('delta', true);
    await run(ws, true);
    const base = cachePath(ws.root, ws.cacheDir);
    const delta = base.replace(/\.bin$/, '.delta.bin');
    const before = readFileSync(base);
    const roster = rosters(ws.root)[1]!;
    writeFileSync(roster, readFileSync(roster, 'utf8').replace('role: member', 'role: leader'));
    const edited = await compare(ws);
    expect(edited.result.cache).toBe('warm');
    expect(readFileSync(base).equals(before)).toBe(true);
    const factsBytes = readdirSync(ws.cacheDir).filter((f) => f.includes('.facts.')).reduce((sum, f) => sum + statSync(join(ws.cacheDir, f)).size, 0);
    expect(statSync(delta).size).toBeLessThan((before.length + factsBytes) / 5);
    // The base and the delta together answer the next run.
    expect((await compare(ws)).json).toBe(edited.json);

    const bytes = readFileSync(delta);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0xff, bytes.length - 3);
    writeFileSync(delta, bytes);
    const again = await compare(ws);
    expect(again.result.cache).toBe('warm');
    expect(again.json).toBe(edited.json);
  }, 60_000);
});

describe('validate cache: a file is trusted unread only when its stat is the recorded one', () => {
  it('a same-size edit whose mtime is put back is still found (its ctime moved)', async () => {
    const ws = workspace('bodies', true);
    // The copy's ctimes are as new as the copy: wait until the cache may trust them (past its racy window).
    await new Promise((done) => setTimeout(done, 2100));
    const before = await run(ws, true);
    // A hidden member named in an event's body, the file's size and mtime kept: only a run that reads the file sees it.
    const path = files(ws.root, 'events')[0]!;
    const { atime, mtime, size } = statSync(path);
    const text = readFileSync(path, 'utf8');
    const bodyStart = text.indexOf('\n---', 3) + 5;
    const named = `${text.slice(0, bodyStart)}Жансая Б. ${text.slice(bodyStart)}`;
    const bytes = Buffer.from(named);
    writeFileSync(path, Buffer.concat([bytes.subarray(0, bytes.length - Buffer.byteLength('Жансая Б. ') - 1), Buffer.from('\n')]));
    utimesSync(path, atime, mtime);
    expect(statSync(path).size).toBe(size);
    const read = await run(ws, false);
    expect(read.json).toContain('personal-hidden-name');
    expect(read.json).not.toBe(before.json);
    const cached = await run(ws, true);
    expect(cached.result.cache).toBe('warm');
    expect(cached.result.parsed).toBe(1);
    expect(cached.json).toBe(read.json);
  });

  it('a one-file edit runs only the families that read its part of the content (or the whole tree)', async () => {
    const ws = workspace('parts', true);
    const first = await compare(ws);
    const project = files(ws.root, 'projects')[0]!;
    writeFileSync(project, readFileSync(project, 'utf8').replace(/team: \[/, 'team: [no-such-member, '));
    const edited = await compare(ws);
    expect(edited.json).not.toBe(first.json);
    expect(edited.result).toMatchObject({ cache: 'warm', parsed: 1 });
    // Only projects reads a project's content (references lists the project files, which did not change): every other verdict is the memo's.
    expect(edited.result.familiesRun).toBe(1);
    // The memo then holds for the new tree: nothing changed, nothing runs.
    expect((await compare(ws)).result).toMatchObject({ parsed: 0, familiesRun: 0 });
  });

  it("an event's title edited re-runs only the sections that read events; a member added, those that read rosters", async () => {
    const ws = workspace('sections', true);
    const first = await compare(ws);
    const event = files(ws.root, 'events').find((p) => !/\.ru\.mdx?$/.test(p))!;
    writeFileSync(event, readFileSync(event, 'utf8').replace(/^title: \{ kk: "/m, 'title: { kk: "Жансая Б. '));
    const titled = await compare(ws);
    expect(titled.json).not.toBe(first.json);
    // references:events, personal-data:hidden-names, events:events — each on that one event; translations reads no event's language in a tree without translations.
    expect(titled.result).toMatchObject({ cache: 'warm', parsed: 1, familiesRun: 3 });
    const unit = rosters(ws.root).find((p) => !p.endsWith('region.yaml'))!;
    writeFileSync(unit, readFileSync(unit, 'utf8').replace(/^members:\n/m, 'members:\n  - { id: added-m-1, name: Айгерім С., grade: 7, role: member, consent: { name: initial, photo: false } }\n'));
    const added = await compare(ws);
    // references:representations and :members, hierarchy, personal-data's two sections, projects (teams are members).
    expect(added.result).toMatchObject({ cache: 'warm', parsed: 1, familiesRun: 6 });
  });

  it('nothing changed: no file parsed, no family run, the same output; a new now runs only the families that read it', async () => {
    const ws = workspace('memo', true);
    const first = await compare(ws);
    const again = await compare(ws);
    expect(again.result.cache).toBe('warm');
    expect(again.result).toMatchObject({ parsed: 0, familiesRun: 0 });
    expect(again.json).toBe(first.json);
    // A later now: the deadline and status families look at it, the others hold for any now.
    const later = new Date(NOW.getTime() + 3600_000);
    const cached = await runValidation({ contentDir: ws.root, now: later, cache: true, cacheDir: ws.cacheDir });
    const plain = await runValidation({ contentDir: ws.root, now: later, cache: false, cacheDir: ws.cacheDir });
    expect(JSON.stringify(cached.rendered)).toBe(JSON.stringify(plain.rendered));
    expect(cached.familiesRun).toBeGreaterThan(0);
    expect(cached.familiesRun).toBeLessThan(first.result.familiesRun!);
  });
});

describe('validate CLI and the cache', () => {
  it('writes .cache/validate/ in the working directory; --no-cache leaves it alone', () => {
    const ws = workspace('cli');
    const cwd = join(ws.root, '..');
    // The entry `npm run validate` starts (a JavaScript file that turns on the compile cache first).
    const entry = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['validate']!.split(/\s+/).at(-1)!;
    const script = join(import.meta.dirname, '../..', entry);
    const { CONTENT_DIR: _, ...env } = process.env;
    const cli = (...args: string[]) => spawnSync(process.execPath, [script, '--content', 'content', '--now', DATASET_NOW, '--format', 'json', ...args], { cwd, encoding: 'utf8', env });
    const plain = cli('--no-cache');
    expect(existsSync(join(cwd, '.cache/validate'))).toBe(false);
    const cached = cli();
    // The base, the file sections' verdicts, and the facts and bodies of each kind of file apart; a kind's facts read field by field are one file per field.
    const written = readdirSync(join(cwd, '.cache/validate')).filter((f) => f.endsWith('.bin')).map((f) => f.replace(/^\w+/, ''));
    expect(written.filter((f) => !/\.f\d+\.bin$/.test(f)).sort()).toEqual(
      ['.bin', '.verdicts.bin', ...['awards', 'event', 'geography', 'movement', 'project', 'region', 'unit'].flatMap((kind) => [`.facts.${kind}.bin`, `.facts.${kind}.body.bin`])].sort(),
    );
    expect(written.filter((f) => f.startsWith('.facts.event.f')).length).toBeGreaterThan(5);
    const again = cli();
    expect([cached.status, again.status]).toEqual([plain.status, plain.status]);
    expect(cached.stdout).toBe(plain.stdout);
    expect(again.stdout).toBe(plain.stdout);

    // A run answered from the cache never loads zod (the schemas): under a hook that refuses it, the same output.
    const hook = join(cwd, 'refuse-zod.mjs');
    writeFileSync(hook, `import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); if (found.url.includes('/node_modules/zod/')) throw new Error('zod refused'); return found; } });`);
    const withoutZod = (...args: string[]) => spawnSync(process.execPath, ['--import', hook, script, '--content', 'content', '--now', DATASET_NOW, '--format', 'json', ...args], { cwd, encoding: 'utf8', env });
    const answered = withoutZod();
    expect(answered.status).toBe(plain.status);
    expect(answered.stdout).toBe(plain.stdout);
    // The hook does refuse it: a run that parses cannot go without zod.
    expect(withoutZod('--no-cache').status).toBe(2);

    // Nor, with nothing to report, the rule registry (every family's module, the scanners, the
    // messages): the memo answers the families and the records the files.
    expect(JSON.parse(plain.stdout).problems).toEqual([]);
    const noRules = join(cwd, 'refuse-rules.mjs');
    writeFileSync(noRules, `import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); if (found.url.endsWith('/src/rules/index.ts')) throw new Error('rules refused'); return found; } });`);
    const withoutRules = (...args: string[]) => spawnSync(process.execPath, ['--import', noRules, script, '--content', 'content', '--now', DATASET_NOW, '--format', 'json', ...args], { cwd, encoding: 'utf8', env });
    const unloaded = withoutRules();
    expect(unloaded.status).toBe(plain.status);
    expect(unloaded.stdout).toBe(plain.stdout);
    // An edited file is parsed and the families run: they need the registry, which the hook does refuse.
    const edited = readdirSync(join(cwd, 'content/events'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.mdx'))!;
    const path = join(cwd, 'content/events', edited);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: \{ kk: "/m, 'title: { kk: "(өзгертілді) '));
    expect(withoutRules().status).toBe(2);
    expect(cli().stdout).toBe(cli('--no-cache').stdout);
  }, 60_000);
});
