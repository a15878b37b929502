/**
 * check:pr fails only on what a pull request introduces (issue 13): real temporary git
 * repositories whose base already has another region's missing approval.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckPr } from '../../src/pr/check.ts';
import { formatComment } from '../../src/pr/comment.ts';
import { buildReport, parseReport } from '../../src/pr/report.ts';
import { testRepo, type TestRepo } from './git-repo.ts';

const PROJECT = join(import.meta.dirname, '../..');
const SCRIPT = join(PROJECT, 'scripts/check-pr.ts');
const ULYTAU = 'content/representations/ulytau/region.yaml';
const ABAI = 'content/representations/abai/region.yaml';
const AWARDS = 'content/awards/2027.yaml';
/** After composition_approved (2027-05-25): a region without an approval is an error. */
const AFTER_DEADLINE = '2027-05-28T10:00:00+05:00';

/**
 * The fixture plus the demo content's Abai region, whose roster has no approval, committed as
 * `main`: the state of the country on 26 May with one region late.
 */
function lateRegionRepo(): TestRepo {
  const repo = testRepo();
  repo.git('checkout', '-q', 'main');
  repo.write('content/geography/abai.yaml', readFileSync(join(PROJECT, 'content/geography/abai.yaml'), 'utf8'));
  repo.write(ABAI, readFileSync(join(PROJECT, ABAI), 'utf8'));
  repo.commit('base: Abai without an approval');
  repo.git('checkout', '-q', '-B', 'change');
  return repo;
}

/** Ulytau's own pull request: a member's grade corrected, with the education department's new order. */
function ulytauWithNewApproval(repo: TestRepo): void {
  repo.replace(ULYTAU, 'grade: 8, role: member, heads: [karazhal]', 'grade: 9, role: member, heads: [karazhal]');
  repo.replace(ULYTAU, 'date: 2027-05-20\n  order: "№ 45-ө"', 'date: 2027-05-27\n  order: "№ 52-ө"');
}

const check = (repo: TestRepo, now = AFTER_DEADLINE) => repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date(now) }));
const errors = <T extends { severity: string }>(problems: T[]): T[] => problems.filter((p) => p.severity === 'error');

describe('check:pr judges only what the pull request introduces', () => {
  it('lets a region that did its job pass while another region is late', async () => {
    const repo = lateRegionRepo();
    // The base really is red: validate's view of the whole tree has Abai's missing approval.
    repo.commit('no change yet');
    const unchanged = await check(repo);
    expect(unchanged.located).toEqual([]);
    expect(unchanged.alreadyPresent).toContainEqual(expect.objectContaining({ rule: 'approval-missing', file: ABAI, severity: 'error' }));

    ulytauWithNewApproval(repo);
    repo.commit('Ulytau: new member, new order');
    const result = await check(repo);
    expect(errors(result.located)).toEqual([]);
    // Its own late approval is its own doing: a warning, introduced.
    expect(result.located).toEqual([expect.objectContaining({ rule: 'approval-late', file: ULYTAU, severity: 'warning' })]);
    expect(result.alreadyPresent).toContainEqual(expect.objectContaining({ rule: 'approval-missing', file: ABAI }));
    expect(result.alreadyPresent.every((p) => p.file !== ULYTAU)).toBe(true);
  });

  it('still fails a pull request that introduces an error, and keeps the late region apart', async () => {
    const repo = lateRegionRepo();
    ulytauWithNewApproval(repo);
    repo.replace(ULYTAU, 'grade: 9, role: member, heads: [karazhal]', 'grade: 3, role: member, heads: [karazhal]');
    repo.commit('Ulytau: a member below the movement grades');
    const result = await check(repo);
    expect(errors(result.located).map((p) => [p.rule, p.file])).toEqual([['grade-out-of-range', ULYTAU]]);
    expect(result.alreadyPresent).toContainEqual(expect.objectContaining({ rule: 'approval-missing', file: ABAI }));
  });

  it('fails a pull request that breaks another file\'s reference, though it never touched that file', async () => {
    const repo = lateRegionRepo();
    // Before composition_approved, so removing a member needs no new approval.
    repo.replace(ULYTAU, /  - \{ id: test-aru-a.*\n/, '');
    repo.commit('remove the member an award names');
    const result = await check(repo, '2027-05-01T10:00:00+05:00');
    expect(errors(result.located)).toContainEqual(expect.objectContaining({ file: AWARDS }));
    expect(result.alreadyPresent.filter((p) => p.file === AWARDS)).toEqual([]);
  });

  it('keeps a changed file\'s old problem "already present" when lines move above it', async () => {
    const repo = testRepo();
    repo.git('checkout', '-q', 'main');
    repo.replace(ULYTAU, 'id: test-gul-g, name: Гүл Г., grade: 11', 'id: test-gul-g, name: Гүл Г., grade: 3');
    repo.commit('base: a member below the movement grades');
    repo.git('checkout', '-q', '-B', 'change');
    const before = await check(repo, '2027-03-01T12:00:00+05:00');
    const old = before.alreadyPresent.find((p) => p.rule === 'grade-out-of-range')!;
    expect(old).toMatchObject({ file: ULYTAU });
    // The member moved to the top of the list, under a new comment: its line and index both change.
    const gul = repo.read(ULYTAU).match(/  - \{ id: test-gul-g.*\n/)![0];
    repo.replace(ULYTAU, gul, '');
    repo.replace(ULYTAU, 'members:\n', `members:\n  # grades checked again\n${gul}`);
    repo.commit('Gül first');
    const after = await check(repo, '2027-03-01T12:00:00+05:00');
    expect(after.located).toEqual([]);
    const moved = after.alreadyPresent.find((p) => p.rule === 'grade-out-of-range');
    expect(moved).toMatchObject({ file: ULYTAU, params: { path: 'members[0].grade' } });
    expect(moved!.line).not.toBe(old.line);
    // The same problem given to another member is the change's own.
    repo.replace(ULYTAU, 'grade: 8, role: member, heads: [karazhal]', 'grade: 3, role: member, heads: [karazhal]');
    repo.commit('another member below the grades');
    const third = await check(repo, '2027-03-01T12:00:00+05:00');
    expect(third.located).toEqual([expect.objectContaining({ rule: 'grade-out-of-range', file: ULYTAU, params: expect.objectContaining({ path: 'members[2].grade' }) })]);
    expect(third.alreadyPresent).toEqual([moved]);
  });

  it('exits 0 through the real CLI, lists the late region apart in text, JSON, summary, report and comment', () => {
    const repo = lateRegionRepo();
    ulytauWithNewApproval(repo);
    repo.commit('Ulytau: new member, new order');
    const run = (format: string, ...more: string[]) =>
      spawnSync(process.execPath, [SCRIPT, '--base', 'main', '--now', AFTER_DEADLINE, '--format', format, '--lang', 'ru', ...more], { cwd: repo.dir, encoding: 'utf8' });
    const text = run('text', '--summary', 'summary.md', '--report', 'report.json');
    expect([text.status, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toMatch(/^Уже были, не вызваны этим изменением \(\d+\):\n\ncontent\/representations\/abai\/region\.yaml\n/);
    expect(text.stdout).toContain('[approval-missing]');
    const json = JSON.parse(run('json').stdout) as { ok: boolean; problems: { rule: string }[]; alreadyPresent: { rule: string; file: string }[] };
    expect(json.ok).toBe(true);
    expect(json.problems.map((p) => p.rule)).toEqual(['approval-late']);
    expect(json.alreadyPresent).toContainEqual(expect.objectContaining({ rule: 'approval-missing', file: ABAI }));

    const summary = readFileSync(join(repo.dir, 'summary.md'), 'utf8');
    expect(summary).toContain('### Бұрыннан бар, бұл өзгерістен емес (');
    expect(summary).toContain('### Уже были, не вызваны этим изменением (');
    expect(summary).toMatch(/Ошибок нет, предупреждений: 1/);
    const report = parseReport(readFileSync(join(repo.dir, 'report.json')));
    expect(report).toMatchObject({ errors: 0, warnings: 1, alreadyPresent: { problems: expect.arrayContaining([expect.objectContaining({ rule: 'approval-missing', file: ABAI })]) } });
    const comment = formatComment(report, { first: 'kk' });
    expect(comment).toContain('Қате жоқ, 1 ескерту');
    expect(comment).toMatch(/### Бұрыннан бар, бұл өзгерістен емес \(\d+\)[\s\S]*`content\/representations\/abai\/region\.yaml:\d+:\d+` `approval-missing`/);
    expect(comment).toMatch(/### Уже были, не вызваны этим изменением/);
  });

  it('takes a report without the already-present group (older checks) and refuses miscounted groups', async () => {
    const repo = lateRegionRepo();
    repo.commit('nothing');
    const built = buildReport(await check(repo));
    const { alreadyPresent, ...older } = built;
    expect(alreadyPresent!.errors).toBeGreaterThan(0);
    expect(parseReport(JSON.stringify(older))).toEqual(older);
    expect(() => parseReport(JSON.stringify({ ...built, alreadyPresent: { ...alreadyPresent, errors: 0 } }))).toThrow(/alreadyPresent/);
  });
});
