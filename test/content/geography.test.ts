/**
 * The committed geography (content/geography/*.yaml) against the KATO reference's published counts
 * (../shared/data/README.md) and against its own builder: the files are generated, never hand-edited.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGeography, DEFAULT_SOURCE, REPO_ROOT } from '../../scripts/build-geography.ts';
import { geoRegionSchema, type GeoRegion } from '../../src/content/schema.ts';

const GEOGRAPHY_DIR = join(REPO_ROOT, 'content/geography');
const files = readdirSync(GEOGRAPHY_DIR).filter((f) => f.endsWith('.yaml')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(GEOGRAPHY_DIR, f), 'utf8')]));
const regions = new Map<string, GeoRegion>(files.map((f) => [f.replace(/\.yaml$/, ''), geoRegionSchema.parse(jsYaml.load(texts.get(f)!))]));

/** districts / cities / city districts per region, as in the README's table. */
const EXPECTED_UNITS: Record<string, [number, number, number]> = {
  abai: [10, 2, 0],
  akmola: [17, 3, 0],
  aktobe: [12, 1, 0],
  'almaty-region': [9, 2, 0],
  atyrau: [7, 1, 0],
  'west-kazakhstan': [12, 1, 0],
  zhambyl: [10, 1, 0],
  zhetisu: [8, 2, 0],
  karaganda: [7, 6, 0],
  kostanay: [16, 4, 0],
  kyzylorda: [7, 2, 0],
  mangystau: [5, 2, 0],
  pavlodar: [10, 3, 0],
  'north-kazakhstan': [13, 1, 0],
  turkistan: [14, 3, 0],
  ulytau: [2, 3, 0],
  'east-kazakhstan': [11, 2, 0],
  astana: [0, 0, 6],
  almaty: [0, 0, 8],
  shymkent: [0, 0, 5],
};

const allUnits = () => [...regions.values()].flatMap((r) => r.units);

describe('content/geography', () => {
  it('has one file per region, named after its id: 17 oblasts and 3 cities', () => {
    expect([...regions.keys()].sort()).toEqual(Object.keys(EXPECTED_UNITS).sort());
    for (const [id, region] of regions) expect(region.id).toBe(id);
    const kinds = [...regions.values()].map((r) => r.kind);
    expect(kinds.filter((k) => k === 'oblast')).toHaveLength(17);
    expect([...regions.values()].filter((r) => r.kind === 'city').map((r) => r.id).sort()).toEqual(['almaty', 'astana', 'shymkent']);
    for (const id of ['abai', 'zhetisu', 'ulytau']) expect(regions.get(id)?.kind).toBe('oblast');
  });

  it.each(Object.entries(EXPECTED_UNITS))('%s has the districts / cities / city districts of the table', (id, [districts, cities, cityDistricts]) => {
    const units = regions.get(id)!.units;
    expect([
      units.filter((u) => u.kind === 'district').length,
      units.filter((u) => u.kind === 'city').length,
      units.filter((u) => u.kind === 'city-district').length,
    ]).toEqual([districts, cities, cityDistricts]);
  });

  it('has 228 units, 2,287 rural entries (2,108 okrugs, 108 villages, 71 settlements) and 48 towns', () => {
    expect(allUnits()).toHaveLength(228);
    const rural = allUnits().flatMap((u) => u.rural ?? []);
    expect(rural).toHaveLength(2287);
    expect(['okrug', 'village', 'settlement'].map((k) => rural.filter((r) => r.kind === k).length)).toEqual([2108, 108, 71]);
    expect(allUnits().flatMap((u) => u.towns ?? [])).toHaveLength(48);
  });

  it('gives Astana its 6 districts, Saraishyk and Nura included, and never says Nur-Sultan', () => {
    const astana = regions.get('astana')!;
    expect(astana.units.map((u) => u.id)).toEqual(expect.arrayContaining(['saraishyk', 'nura']));
    expect(astana.units).toHaveLength(6);
    expect(astana.units.find((u) => u.id === 'saraishyk')?.kato).toBe('711610000');
    for (const [file, text] of texts) expect(text, file).not.toMatch(/nur-?sultan|Нур-Султан|Нұр-Сұлтан/i);
  });

  it('keeps Baikonur under Kyzylorda and says so in the header', () => {
    expect(regions.get('kyzylorda')!.units.find((u) => u.id === 'baikonur')?.kato).toBe('431900000');
    expect(texts.get('kyzylorda.yaml')!.split('\n').filter((l) => l.startsWith('#')).join('\n')).toMatch(/Baikonur/);
  });

  it('quotes every KATO code, so YAML reads it as a string', () => {
    for (const [file, text] of texts) expect(text, file).not.toMatch(/kato: \d/);
  });

  it('has unit ids unique within each region, rural and town ids unique within each unit, a center that is a unit', () => {
    for (const region of regions.values()) {
      const ids = region.units.map((u) => u.id);
      expect(new Set(ids).size, region.id).toBe(ids.length);
      if (region.center) expect(ids, region.id).toContain(region.center);
      for (const unit of region.units) {
        for (const list of [unit.rural ?? [], unit.towns ?? []]) {
          const placeIds = list.map((p) => p.id);
          expect(new Set(placeIds).size, `${region.id}/${unit.id}`).toBe(placeIds.length);
        }
      }
    }
  });

  it('has every KATO code unique nationwide', () => {
    const codes = [...regions.values()].flatMap((r) => [
      r.kato,
      ...r.units.flatMap((u) => [u.kato, ...(u.rural ?? []).map((p) => p.kato), ...(u.towns ?? []).map((p) => p.kato)]),
    ]);
    expect(codes.length).toBeGreaterThan(2287 + 228);
    expect(codes.length - new Set(codes).size).toBe(0);
  });

  // The KATO source lives beside the repository (../shared/data); where it is not checked out, the
  // committed files cannot be compared with it, so only this block is skipped.
  describe.skipIf(!existsSync(DEFAULT_SOURCE))('is exactly what `npm run geography` writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'geography-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('reproduces the committed files byte for byte', () => {
      const written = buildGeography(DEFAULT_SOURCE, out).map((p) => p.slice(out.length + 1)).sort();
      expect(written).toEqual(files);
      for (const file of files) expect(readFileSync(join(out, file), 'utf8'), `${file} is stale: run npm run geography`).toBe(texts.get(file));
    });

    it('carries the source data unchanged', () => {
      const source = jsYaml.load(readFileSync(DEFAULT_SOURCE, 'utf8')) as GeoRegion[];
      for (const region of source) expect(jsYaml.load(texts.get(`${region.id}.yaml`)!), region.id).toEqual(region);
    });
  });
});
