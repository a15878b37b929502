import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, KIND_LIST, KINDS, kindPaths } from '../../src/content/kinds.ts';
import { listContent, loadContent, sharedListing } from '../../src/content/load.ts';
import { parseFile } from '../../src/rules/schema.ts';

describe('the table of content kinds', () => {
  it('places every file of the demo content by its row, and its schema accepts it', () => {
    const tree = loadContent('content');
    const kinds = new Set<string>();
    for (const file of tree.files) {
      expect(file.place, file.relative).toBeDefined();
      kinds.add(file.place!.kind);
      expect(KINDS[file.place!.kind].schema.safeParse(file.data).success, file.relative).toBe(true);
    }
    expect([...kinds].sort()).toEqual(Object.keys(KINDS).sort());
  });

  it('reads what each path names, a region file before the unit pattern that would also match it', () => {
    expect(classify('representations/turkistan/region.yaml')).toEqual({ kind: 'region', region: 'turkistan' });
    expect(classify('representations/turkistan/sayram.yaml')).toEqual({ kind: 'unit', region: 'turkistan', unit: 'sayram' });
    expect(classify('events/2027/reading-marathon.md')).toEqual({ kind: 'event', year: 2027, slug: 'reading-marathon' });
    expect(classify('events/2027/reading-marathon.ru.mdx')).toEqual({ kind: 'event-translation', year: 2027, slug: 'reading-marathon', locale: 'ru' });
    expect(classify('awards/2026.yaml')).toEqual({ kind: 'awards', year: 2026 });
    expect(classify('events/2027/Reading.mdx')).toBeUndefined();
    expect(classify('misc/x.yaml')).toBeUndefined();
    expect(classify('projects/turkistan/sayram-clean-river.mdx')).toEqual({ kind: 'project', region: 'turkistan', slug: 'sayram-clean-river' });
    expect(classify('projects/turkistan/sayram-clean-river.md')).toBeUndefined();
    expect(classify('projects/sayram-clean-river.mdx')).toBeUndefined();
  });

  it('tries a path only against the kinds of its first segment: every pattern is anchored on that literal segment', () => {
    for (const row of KIND_LIST) {
      const [folder, ...rest] = row.path.split('/');
      const anchored = `^${folder!.replaceAll('.', '\\.')}${rest.length > 0 ? '\\/' : '$'}`;
      expect(row.pattern.source.startsWith(anchored), row.kind).toBe(true);
    }
    expect(classify('movement.yaml')).toEqual({ kind: 'movement' });
    expect(classify('movement.yaml/x.yaml')).toBeUndefined();
    expect(classify('events')).toBeUndefined();
  });

  it('lists every kind’s path in the language of a message', () => {
    expect(kindPaths('ru')).toBe(
      'movement.yaml, geography/<регион>.yaml, representations/<регион>/region.yaml, representations/<регион>/<район>.yaml, events/<год>/<slug>.mdx, events/<год>/<slug>.ru.mdx, awards/<год>.yaml, projects/<регион>/<slug>.mdx',
    );
    expect(kindPaths('kk').split(', ')).toHaveLength(KIND_LIST.length);
    for (const row of KIND_LIST) expect(kindPaths('en')).toContain(row.path);
  });

  it('a misplaced file’s message lists the kinds’ paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinds-'));
    mkdirSync(join(dir, 'misc'));
    writeFileSync(join(dir, 'misc/x.yaml'), 'a: 1\n');
    const [file] = loadContent(dir).files;
    expect(parseFile(file!).findings.map((f) => f.rule)).toEqual(['file-unexpected']);
  });
});

describe('listContent', () => {
  it('skips dotfiles, dotted folders and editor leftovers (files and folders) at any depth', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-'));
    const paths = ['movement.yaml', '.git/config', 'events/.drafts/2027/a.mdx', 'events/2027/a.mdx', 'events/2027/a.mdx~', 'events/2027/.a.mdx.swp', 'old~/events/b.mdx', 'awards/2027.yaml'];
    for (const path of paths) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), 'x: 1\n');
    }
    const listed = listContent(dir).map((e) => e.path);
    expect(listed).toEqual(['awards/2027.yaml', 'events/2027/a.mdx', 'movement.yaml']);
  });
});

describe('sharedListing', () => {
  it('hands one listing to each reader once, then lists the tree afresh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-'));
    writeFileSync(join(dir, 'movement.yaml'), 'season: 2027\n');
    const listingFor = sharedListing(dir, ['a', 'b']);
    const first = listingFor('a');
    writeFileSync(join(dir, 'added.yaml'), 'x: 1\n');
    expect(listingFor('b')).toBe(first); // the same walk, shared
    expect(first.map((e) => e.path)).toEqual(['movement.yaml']);
    // every reader had it: the next sync sees the tree as it is now
    expect(listingFor('a').map((e) => e.path)).toEqual(listContent(dir).map((e) => e.path));
  });

  it('gives a reader that asks twice a fresh listing, and so does an old one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-'));
    writeFileSync(join(dir, 'movement.yaml'), 'season: 2027\n');
    const listingFor = sharedListing(dir, ['a', 'b'], 0);
    const first = listingFor('a');
    expect(listingFor('a')).not.toBe(first);
    const again = sharedListing(dir, ['a', 'b'], -1);
    const old = again('a');
    expect(again('b')).not.toBe(old);
  });
});

describe('the fields’ meaning (.meta)', () => {
  it('names every field of every kind in kk and ru', async () => {
    const { z } = await import('zod');
    type Node = { properties?: Record<string, Node>; items?: Node; additionalProperties?: unknown; label?: { kk: string; ru: string }; widget?: string };
    const unnamed: string[] = [];
    const walk = (node: Node, path: string) => {
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (node.widget === 'locale-text') continue;
        const label = value.label ?? value.items?.label;
        if (!label?.kk || !label.ru) unnamed.push(`${path}${key}`);
        const inner = value.items ?? value;
        if (inner.properties) walk(inner, `${path}${key}${value.items ? '[]' : ''}.`);
      }
    };
    for (const row of KIND_LIST) walk(z.toJSONSchema(row.entrySchema, { io: 'input', unrepresentable: 'any' }) as Node, `${row.kind}:`);
    expect(unnamed).toEqual([]);
  });
});
