/**
 * `npm run geography [-- SOURCE] [--out DIR]` — writes `content/geography/<region>.yaml`, one file
 * per region, from the KATO reference list (default `../shared/data/kz-geography.yaml`, relative
 * to the repository root; its README gives the sources and hand corrections).
 *
 * The output is generated, never hand-edited: `test/content/geography.test.ts` re-runs this
 * builder and fails when the committed files differ (the kubernetes/community pattern).
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { Document, isMap, isSeq, visit } from 'yaml';
import { geoRegionSchema, type GeoRegion } from '../src/content/schema.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SOURCE = resolve(REPO_ROOT, '../shared/data/kz-geography.yaml');
export const DEFAULT_OUT = join(REPO_ROOT, 'content/geography');

/** Extra header lines for regions whose data needs a word of explanation. */
const REGION_NOTES: Record<string, string[]> = {
  kyzylorda: [
    'Baikonur (KATO 431900000) is kept because KATO lists it under Kyzylorda oblast, although the city',
    'is leased to and run by Russia; drop it in the source if the movement does not work there.',
  ],
};

/** Reads the reference list and checks every region against the content model's schema. */
export function readGeographySource(sourcePath: string): GeoRegion[] {
  const data = jsYaml.load(readFileSync(sourcePath, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${sourcePath}: expected a list of regions`);
  return data.map((region) => geoRegionSchema.parse(region));
}

/**
 * One region as the YAML text of `content/geography/<region>.yaml`. Keys follow CONTENT-MODEL.md's
 * order (rural before towns); name maps and rural/town entries are one-line flow maps so a district
 * reads as a short list.
 */
export function renderRegionFile(region: GeoRegion, sourceLabel: string): string {
  const ordered = {
    id: region.id,
    kato: region.kato,
    kind: region.kind,
    name: region.name,
    ...(region.center ? { center: region.center } : {}),
    units: region.units.map((unit) => ({
      id: unit.id,
      kato: unit.kato,
      kind: unit.kind,
      name: unit.name,
      ...(unit.rural ? { rural: unit.rural.map((r) => ({ id: r.id, kato: r.kato, kind: r.kind, name: r.name })) } : {}),
      ...(unit.towns ? { towns: unit.towns.map((t) => ({ id: t.id, kato: t.kato, name: t.name })) } : {}),
    })),
  };
  const doc = new Document(ordered);
  visit(doc, {
    Pair(_, pair) {
      if (String(pair.key) === 'name' && isMap(pair.value)) pair.value.flow = true;
      if ((String(pair.key) === 'rural' || String(pair.key) === 'towns') && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  const header = [
    `Generated from the KATO 2025 classifier (НК РК 11-2025) by \`npm run geography\`.`,
    `Source: ${sourceLabel} (see its README for sources and hand corrections).`,
    'Do not edit by hand: fix the source and run `npm run geography` again.',
    ...(REGION_NOTES[region.id] ?? []),
  ];
  // lineWidth 0: one entry per line, never folded, so a diff shows exactly the entry that changed.
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return header.map((line) => `# ${line}\n`).join('') + body;
}

/** Writes one file per region into `outDir`; returns the written paths. */
export function buildGeography(sourcePath: string = DEFAULT_SOURCE, outDir: string = DEFAULT_OUT): string[] {
  const regions = readGeographySource(sourcePath);
  const sourceLabel = relative(REPO_ROOT, resolve(sourcePath)).split('\\').join('/');
  mkdirSync(outDir, { recursive: true });
  return regions.map((region) => {
    const path = join(outDir, `${region.id}.yaml`);
    writeFileSync(path, renderRegionFile(region, sourceLabel));
    return path;
  });
}

function parseArgs(argv: string[]): { source: string; out: string } {
  let source = DEFAULT_SOURCE;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = resolve(argv[++i] ?? '');
    else source = isAbsolute(arg) ? arg : resolve(arg);
  }
  return { source, out };
}

if (import.meta.main) {
  const { source, out } = parseArgs(process.argv.slice(2));
  const written = buildGeography(source, out);
  console.log(`geography: ${written.length} regions written to ${relative(process.cwd(), out) || '.'}`);
}
