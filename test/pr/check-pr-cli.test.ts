import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pr/report.ts';
import { testRepo } from './git-repo.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/check-pr.ts');

describe('npm run check:pr (the real CLI in a real repository)', () => {
  it('prints GitHub annotations on the changed line, writes the summary and exits 1 on errors', () => {
    const repo = testRepo();
    repo.write('content/representations/ulytau/region.yaml', repo.read('content/representations/ulytau/region.yaml').replace('grade: 8, role: member, heads: [karazhal]', 'grade: 9, role: member, heads: [karazhal]'));
    repo.commit('change a regional member after the deadline');
    const run = spawnSync(process.execPath, [SCRIPT, '--base', 'main', '--now', '2027-05-27T09:00:00+05:00', '--format', 'github', '--lang', 'ru', '--summary', 'summary.md', '--report', 'report.json'], { cwd: repo.dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^::error file=content\/representations\/ulytau\/region\.yaml,line=13,col=5,title=pr-members-need-approval::Состав регионального представительства утверждается до 2027-05-25/),
    ]);
    expect(readFileSync(join(repo.dir, 'summary.md'), 'utf8')).toContain('~1 деректері өзгерді: Бек Б.');
    // The report for the PR comment: data the trusted side accepts, with no names in it.
    const report = readFileSync(join(repo.dir, 'report.json'), 'utf8');
    expect(parseReport(report)).toMatchObject({ errors: 1, warnings: 0, problems: [{ rule: 'pr-members-need-approval', line: 13, column: 5 }], changes: { representations: [{ key: 'ulytau', changed: 1 }] } });
    expect(report).not.toContain('Бек');
  });

  it('links a new event card under the site address and its base path (SITE_URL + BASE_PATH)', () => {
    const repo = testRepo();
    repo.write('content/events/2027/new-reading.mdx', repo.read('content/events/2027/test-reading.mdx'));
    repo.commit('add an event');
    const env = { ...process.env, SITE_URL: 'https://mynjasa.example.kz', BASE_PATH: '/site/' };
    spawnSync(process.execPath, [SCRIPT, '--base', 'main', '--now', '2027-03-01T12:00:00+05:00', '--summary', 'summary.md'], { cwd: repo.dir, encoding: 'utf8', env });
    const summary = readFileSync(join(repo.dir, 'summary.md'), 'utf8');
    expect(summary).toContain('](https://mynjasa.example.kz/site/cards/');
    expect(summary).not.toContain('](https://mynjasa.example.kz/cards/');
  });

  it('prints JSON and exits 0 for a clean change', () => {
    const repo = testRepo();
    repo.commit('nothing');
    const out = execFileSync(process.execPath, [SCRIPT, '--base', 'main', '--now', '2027-03-01T12:00:00+05:00', '--format', 'json'], { cwd: repo.dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ ok: true, problems: [] });
  });

  it('exits 2 with a message when it cannot run', () => {
    const repo = testRepo();
    const noBase = spawnSync(process.execPath, [SCRIPT, '--now', '2027-03-01T12:00:00+05:00'], { cwd: repo.dir, encoding: 'utf8' });
    expect([noBase.status, noBase.stderr]).toEqual([2, expect.stringContaining('--base REF обязателен')]);
    const badBase = spawnSync(process.execPath, [SCRIPT, '--base', 'nowhere'], { cwd: repo.dir, encoding: 'utf8' });
    expect([badBase.status, badBase.stderr]).toEqual([2, expect.stringContaining('--base nowhere: git не смог прочитать')]);
  });
});
