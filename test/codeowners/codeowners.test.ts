import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCodeowners } from '../../src/codeowners/codeowners.ts';
import { loadContent } from '../../src/content/load.ts';
import { parseContent } from '../../src/rules/schema.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const PROJECT = join(import.meta.dirname, '../..');
const SCRIPT = join(PROJECT, 'scripts/codeowners.ts');

function generate(root: string): string {
  const tree = loadContent(root);
  return generateCodeowners(parseContent(tree).content, { contentPath: 'content', national: '@myn-jasa/national' });
}

describe('CODEOWNERS from content', () => {
  it("gives each region's folders (representations and projects) to its maintainers and the rest to the national team, regions last", () => {
    const tree = fixtureTree();
    tree.replace('representations/ulytau/region.yaml', 'maintainers: ["@myn-jasa/ulytau"]', 'maintainers: ["@myn-jasa/ulytau", "@ulytau-coordinator", "@myn-jasa/ulytau"]');
    const lines = generate(tree.root).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.map((l) => l.split(/\s+/))).toEqual([
      ['*', '@myn-jasa/national'],
      ['/content/movement.yaml', '@myn-jasa/national'],
      ['/content/geography/', '@myn-jasa/national'],
      ['/.github/', '@myn-jasa/national'],
      ['/content/representations/ulytau/', '@myn-jasa/ulytau', '@ulytau-coordinator'],
      ['/content/projects/ulytau/', '@myn-jasa/ulytau', '@ulytau-coordinator'],
    ]);
  });

  it('leaves out a region without maintainers', () => {
    const tree = fixtureTree();
    tree.replace('representations/ulytau/region.yaml', 'maintainers: ["@myn-jasa/ulytau"]\n', '');
    expect(generate(tree.root)).not.toContain('/content/representations/');
    expect(generate(tree.root)).not.toContain('/content/projects/');
  });

  it('--check exits 1 on a stale file and 0 once regenerated', () => {
    const tree = fixtureTree();
    const out = join(mkdtempSync(join(tmpdir(), 'codeowners-')), 'CODEOWNERS');
    writeFileSync(out, '* @someone\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--out', out, ...args], { cwd: join(tree.root, '..'), encoding: 'utf8' });
    const stale = run('--check');
    expect([stale.status, stale.stderr]).toEqual([1, expect.stringContaining('npm run codeowners')]);
    expect(run().status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('/content/representations/ulytau/  @myn-jasa/ulytau');
    expect(run('--check').status).toBe(0);
  });

  it('the committed .github/CODEOWNERS is up to date with content/ (run `npm run codeowners`)', () => {
    const committed = readFileSync(join(PROJECT, '.github/CODEOWNERS'), 'utf8');
    expect(committed).toBe(generate(join(PROJECT, 'content')));
  });
});
