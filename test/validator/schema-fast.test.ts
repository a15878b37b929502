/**
 * The quick parse (src/rules/schema-fast.ts) against zod on real files and on mutated values:
 * whenever it accepts, zod accepts too and outputs the same value (the same keys in the same
 * order, the same Dates); on the clean files it accepts every one, so zod's work is really saved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/content/kinds.ts';
import { loadContent, type SourceFile } from '../../src/content/load.ts';
import { quickParser, UNSURE } from '../../src/rules/schema-fast.ts';
import { generateNationalDataset } from '../../src/scale/national-dataset.ts';
import { VALID_FIXTURE } from '../helpers/fixture-tree.ts';

const temp = mkdtempSync(join(tmpdir(), 'schema-fast-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A value with its keys' order and its Dates made visible to a deep comparison. */
const shape = (value: unknown): unknown =>
  value instanceof Date
    ? { date: value.getTime() }
    : Array.isArray(value)
      ? value.map(shape)
      : value !== null && typeof value === 'object'
        ? Object.entries(value).map(([key, item]) => [key, shape(item)])
        : value;

type Verdict = 'unsure' | 'same' | 'differs';
function compare(file: SourceFile, data: unknown): Verdict {
  const schema = KINDS[file.place!.kind].schema;
  const quick = quickParser(schema)(data);
  if (quick === UNSURE) return 'unsure';
  const zod = schema.safeParse(data);
  return zod.success && isDeepStrictEqual(quick, zod.data) && isDeepStrictEqual(shape(quick), shape(zod.data)) ? 'same' : 'differs';
}

const contentRoot = join(temp, 'national');
generateNationalDataset({ contentRoot, seed: 11, regions: ['turkistan', 'astana'], eventsCount: 60, awardsCount: 40, projectsCount: 30 });
const trees = { fixture: VALID_FIXTURE, demo: join(import.meta.dirname, '../../content'), national: contentRoot };
const parsedFiles = (root: string) => loadContent(root).files.filter((f) => f.place && f.data !== undefined);

describe('the quick parse', () => {
  for (const [name, root] of Object.entries(trees)) {
    it(`accepts every clean file of the ${name} tree with zod's very output`, () => {
      const verdicts = parsedFiles(root).map((file) => [file.relative, compare(file, file.data)]);
      expect(verdicts.length).toBeGreaterThan(5);
      // Event translations are zod's alone (a preprocess); every other clean file is accepted.
      expect(verdicts.filter(([path, v]) => v !== 'same' && !/\.ru\.mdx?$/.test(path!))).toEqual([]);
    });
  }

  it('never accepts what zod refuses, nor outputs anything else, on 6,000 mutated values', () => {
    const files = [...parsedFiles(VALID_FIXTURE), ...parsedFiles(contentRoot)].filter((f) => f.place!.kind !== 'event-translation');
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const replacements: (() => unknown)[] = [
      () => null, () => '', () => '  ', () => ' Аня ', () => 'Аня', () => 'Bad_Id', () => 'ok-id', () => 0, () => -1, () => 12, () => 6, () => 2.5,
      () => 2027, () => true, () => [], () => ['x'], () => [5, 3], () => [3, 5], () => ({}), () => ({ kk: 'а' }), () => ({ kk: ' а ' }), () => ({ ru: '' }),
      () => new Date(Number.NaN), () => new Date('2027-05-25T00:00:00Z'), () => '2027-02-30', () => '2027-05-25', () => '2027-06-12T15:00:00+05:00',
      () => '2027-06-12T15:00:00', () => 'https://example.org/x', () => 'http://example.org', () => 'member', () => 'initial', () => 'planned', () => 'kk', () => 'x'.repeat(201),
    ];
    /** Replaces, removes or adds one value somewhere in a deep copy of `data`. */
    const mutate = (data: unknown): unknown => {
      const copy = structuredClone(data);
      const containers: (Record<string, unknown> | unknown[])[] = [];
      const walk = (value: unknown) => {
        if (value === null || typeof value !== 'object' || value instanceof Date) return;
        containers.push(value as Record<string, unknown>);
        for (const item of Object.values(value)) walk(item);
      };
      walk(copy);
      if (containers.length === 0) return pick(replacements)();
      const target = pick(containers);
      const keys = Object.keys(target);
      const action = random();
      if (action < 0.15 && !Array.isArray(target) && keys.length > 0) delete target[pick(keys)];
      else if (action < 0.25 && !Array.isArray(target)) target[pick(['mystery', 'kk', 'en', 'since', 'heads', 'online'])] = pick(replacements)();
      else if (keys.length > 0) (target as Record<string, unknown>)[pick(keys)] = pick(replacements)();
      return copy;
    };
    const counts: Record<Verdict, number> = { unsure: 0, same: 0, differs: 0 };
    for (let i = 0; i < 6000; i++) {
      const file = pick(files);
      counts[compare(file, mutate(random() < 0.3 ? mutate(file.data) : file.data))]++;
    }
    expect(counts.differs).toBe(0);
    // Both outcomes occur: the mutations reach what the quick parse accepts and what it leaves to zod.
    expect(counts.same).toBeGreaterThan(600);
    expect(counts.unsure).toBeGreaterThan(600);
  });

  it('returns a clean value itself (one tree, not two) and a copy in zod\'s key order when the keys come in another order', () => {
    const files = parsedFiles(contentRoot).filter((f) => f.place!.kind !== 'event-translation');
    // Every container of the output that equals its input (a calendar date read as a Date and output as a string does not) is the input itself.
    const unshared: string[] = [];
    let shared = 0;
    const visit = (out: unknown, input: unknown, at: string): void => {
      if (out === null || typeof out !== 'object' || out instanceof Date || input === null || typeof input !== 'object') return;
      if (out === input) return void shared++;
      if (isDeepStrictEqual(shape(out), shape(input))) unshared.push(at);
      for (const [key, item] of Object.entries(out)) visit(item, (input as Record<string, unknown>)[key], `${at}.${key}`);
    };
    // movement.yaml's topics are a record, which zod parses itself (a copy): not a node of the quick parse.
    for (const file of files) if (file.place!.kind !== 'movement') visit(quickParser(KINDS[file.place!.kind].schema)(file.data), file.data, file.relative);
    expect(unshared).toEqual([]);
    expect(shared).toBeGreaterThan(files.length);
    const counts: Record<Verdict, number> = { unsure: 0, same: 0, differs: 0 };
    let copied = 0;
    for (const file of files) {
      // Each object of the value in turn: its first key moved last, or its prototype dropped.
      const copy = structuredClone(file.data);
      const objects: Record<string, unknown>[] = [];
      const walk = (value: unknown) => {
        if (value === null || typeof value !== 'object' || value instanceof Date) return;
        if (!Array.isArray(value)) objects.push(value as Record<string, unknown>);
        for (const item of Object.values(value)) walk(item);
      };
      walk(copy);
      // A few objects per file, spread over it (each comparison parses the whole file twice).
      const step = Math.max(1, Math.floor(objects.length / 4));
      for (const [i, target] of objects.entries()) {
        if (i % step !== 0) continue;
        const [first] = Object.keys(target);
        if (first === undefined) continue;
        const item = target[first];
        delete target[first];
        target[first] = item;
        counts[compare(file, copy)]++;
        if (quickParser(KINDS[file.place!.kind].schema)(copy) !== copy) copied++;
        delete target[first];
        Object.assign(target, { [first]: item, ...target });
        if (i % (2 * step) === 0) {
          Object.setPrototypeOf(target, null);
          counts[compare(file, copy)]++;
          Object.setPrototypeOf(target, Object.prototype);
        }
      }
    }
    expect(counts.differs).toBe(0);
    expect(counts.same).toBeGreaterThan(200);
    expect(copied).toBeGreaterThan(100);
  });
});
