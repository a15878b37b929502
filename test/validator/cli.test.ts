/**
 * The real `validate` command, spawned on real files: exit codes, the three output formats and
 * the message language. vitest runs on the project's Node 24, so `process.execPath` runs the
 * TypeScript entry point directly, as `npm run validate` does.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/validate.ts');
const NOW = '2027-03-01T12:00:00+05:00';
const REGION = 'representations/ulytau/region.yaml';
/** Two leaders in the regional representation: one error on line 13 of region.yaml. */
const SECOND_LEADER: [string, string] = ['grade: 8, role: member', 'grade: 8, role: leader'];

function validate(tree: ReturnType<typeof fixtureTree>, ...args: string[]) {
  const { CONTENT_DIR: _, ...env } = process.env;
  const run = spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--now', NOW, ...args], { cwd: dirname(tree.root), encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function broken() {
  const tree = fixtureTree();
  tree.replace(REGION, ...SECOND_LEADER);
  return tree;
}

describe('validate CLI: exit codes', () => {
  it('exits 0 on the valid tree and says so in the default language (kk, from movement.yaml)', () => {
    const run = validate(fixtureTree());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('6 файл тексерілді: бәрі дұрыс.');
  });

  it('exits 0 when there are warnings only', () => {
    const run = validate(fixtureTree(), '--now', '2027-06-13T12:00:00+05:00', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, problems: [{ severity: 'warning', rule: 'planned-in-past' }] });
  });

  it('exits 1 when there is an error', () => {
    expect(validate(broken()).status).toBe(1);
  });

  it('exits 2 when the content folder does not exist', () => {
    const run = validate(fixtureTree(), '--content', 'no-such-folder');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-folder');
  });

  it.each([
    ['an unknown option', ['--colour']],
    ['an unknown format', ['--format', 'xml']],
    ['an unknown language', ['--lang', 'de']],
    ['a --now that is not a date', ['--now', 'tomorrow']],
  ])('exits 2 on %s', (_, args) => {
    const run = validate(fixtureTree(), ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^validate: /);
  });
});

describe('validate CLI: formats', () => {
  it('prints the PRODUCT.md JSON shape', () => {
    const run = validate(broken(), '--format', 'json', '--lang', 'en');
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'problems']);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(Object.keys(report.problems[0]).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity']);
    expect(report.problems[0]).toMatchObject({ severity: 'error', rule: 'leader-duplicate', file: `content/${REGION}`, line: 13, column: 53 });
    expect(report.problems[0].message).toContain('members[1].role');
  });

  it('prints GitHub workflow commands, one per problem', () => {
    const run = validate(broken(), '--format', 'github');
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^::error file=content/${REGION},line=13,col=53,title=leader-duplicate::\\S`));
  });

  it('prints text grouped by file, with the offending line and a caret under the column', () => {
    const run = validate(broken(), '--format', 'text');
    const lines = run.stdout.split('\n');
    const at = lines.indexOf(`content/${REGION}`);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {2}13:53 {2}қате {2}.+\[leader-duplicate\]$/);
    expect(lines[at + 2]).toBe(`      13 | ${broken().read(REGION).split('\n')[12]}`);
    expect(lines[at + 3]).toBe(`         | ${' '.repeat(52)}^`);
  });

  it('never prints a line that holds personal data, whichever rule points at it', () => {
    const tree = fixtureTree();
    // An unknown field (schema) holding a phone (personal data) on the same line.
    tree.replace(REGION, 'heads: [karazhal]', 'heads: [karazhal], tel: "+7 701 123 45 67"');
    const run = validate(tree, '--format', 'text');
    expect(run.stdout).toContain('[schema-unknown-key]');
    expect(run.stdout).toContain('[personal-phone]');
    expect(run.stdout).not.toContain('701 123');
    expect(run.stdout).not.toMatch(/^ {6}\d+ \| /m);
  });

  it('speaks the language asked for', () => {
    const message = (lang: string) => JSON.parse(validate(broken(), '--format', 'json', '--lang', lang).stdout).problems[0].message as string;
    const [kk, ru, en] = [message('kk'), message('ru'), message('en')];
    expect(kk).toContain('көшбасшы');
    expect(ru).toContain('лидер');
    expect(en).toContain('leader');
    expect(new Set([kk, ru, en]).size).toBe(3);
  });
});
