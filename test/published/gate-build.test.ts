/**
 * The last gate in `npm run build:site`, end to end: a content tree where personal data got past
 * the validator (build:site does not validate; here the validator is simply not run) is built for
 * real — pages, cards, search index — and the gate stops it before the swap: the build fails with
 * kk/ru messages naming the built file and the content file, never the value, and the previous
 * `dist/` is left exactly as it was.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { runBuildSiteScript } from '../site/built-site.ts';

/** An invented IIN with a valid check digit. */
const IIN = '900101300007';
const outDir = resolve('.cache/test-site/gate-dist');
const listing = () => readdirSync(outDir, { recursive: true }).map(String).sort();
let contentRoot: string;
let result: ReturnType<typeof runBuildSiteScript>;
let before: string[];

beforeAll(() => {
  const tree = fixtureTree();
  contentRoot = tree.root;
  // An IIN hidden from a raw-text scan by an MDX comment, and a hidden member named in the body.
  tree.replace('events/2027/test-reading.mdx', 'Біз бірге', `Дана Д. бізбен. ЖСН ${IIN.slice(0, 6)}{/* */}${IIN.slice(6)}. Біз бірге`);
  // The site that is online now: the build must not touch it.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'events'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>the previous site</title>');
  writeFileSync(join(outDir, 'events/index.html'), '<!doctype html><title>previous events</title>');
  before = listing();
  result = runBuildSiteScript({ outDir, contentDir: contentRoot, base: '/' });
}, 600_000);

describe('build:site with personal data in the built output', () => {
  it('fails at the last gate, after every build step ran', () => {
    expect(result.stdout).toContain('── search index ──');
    expect(result.stdout).toContain('── last gate ──');
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('Последняя проверка: в собранном сайте найдены персональные данные');
    expect(result.stderr).toContain('Соңғы тексеру');
  });

  it('names the built file and the content file, in Kazakh and Russian, for the page and its search index', () => {
    // As messages show paths: relative to the working directory (the clone can live anywhere).
    const source = relative(process.cwd(), `${contentRoot}/events/2027/test-reading.mdx`);
    const lines = result.stderr.split('\n');
    // Each finding: `✖ <kk>` then `  <ru>`, both starting with the built file.
    const about = (output: string, word: string) => lines.filter((line) => line.replace(/^(✖ | {2})/, '').startsWith(`${output}:`) && line.includes(word) && line.includes(source));
    expect(about('events/2027/test-reading/index.html', 'ЖСН')).toHaveLength(1);
    expect(about('events/2027/test-reading/index.html', 'ИИН')).toHaveLength(1);
    expect(about('events/2027/test-reading/index.html', 'consent.name: hidden')).toHaveLength(2);
    expect(about('ru/events/2027/test-reading/index.html', 'ИИН')).toHaveLength(1);
    expect(lines.some((line) => /pagefind\/fragment\/kk_[0-9a-f]+\.pf_fragment \(events\/2027\/test-reading\/index\.html бетінің/.test(line) && line.includes(source))).toBe(true);
  });

  it('never prints the value', () => {
    const printed = result.stdout + result.stderr;
    expect(printed.replace(/\D/g, '')).not.toContain(IIN);
    expect(printed).not.toContain('Дана Д');
  });

  it('leaves the previous site exactly as it was', () => {
    expect(listing()).toEqual(before);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<!doctype html><title>the previous site</title>');
  });
});
