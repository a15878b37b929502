import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicForm } from '../../src/scaffold/member-entry.ts';
import { addToListField, appendToSequence } from '../../src/scaffold/yaml-text.ts';
import { fixtureTree, type FixtureTree } from '../helpers/fixture-tree.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/new-member.ts');
const NOW = '2027-05-10T10:00:00+05:00';
const UNIT = 'representations/ulytau/zhezkazgan.yaml';
const REGION = 'representations/ulytau/region.yaml';

function newMember(tree: FixtureTree, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--now', NOW, ...args], { cwd: dirname(tree.root), encoding: 'utf8' });
}

/** The lines of `after` that are not in `before`; throws when a line of `before` went missing. */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const lines = after.split('\n');
  const kept = lines.filter((l) => old.includes(l));
  expect(kept).toEqual(old);
  return lines.filter((l) => !old.includes(l));
}

describe('npm run new:member', () => {
  it('adds a city/district member in the form the consent allows, leaving the rest of the file as it was', () => {
    const tree = fixtureTree();
    const before = tree.read(UNIT);
    const run = newMember(tree, '--region', 'ulytau', '--unit', 'zhezkazgan', '--name', 'Сәуле Мұратова', '--consent-name', 'initial', '--grade', '7');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(addedLines(before, tree.read(UNIT))).toEqual(['  - { id: saule-m, name: Сәуле М., grade: 7, role: member, consent: { name: initial, photo: false }, since: 2027-05-10 }']);
    expect(tree.validate(new Date(NOW))).toEqual([]);
  });

  it('adds a member to an existing rural representation and starts a new one', () => {
    const tree = fixtureTree();
    expect(newMember(tree, '--region', 'ulytau', '--unit', 'zhezkazgan', '--rural', 'talap', '--name', 'Тимур Ахметов', '--consent-name', 'full', '--grade', '9', '--photo', 'yes').status).toBe(0);
    const karazhal = 'representations/ulytau/karazhal.yaml';
    // A new rural representation needs a city/district member who coordinates it: that one first.
    const coordinator = newMember(tree, '--region', 'ulytau', '--unit', 'karazhal', '--name', 'Дамир Оспанов', '--consent-name', 'initial', '--grade', '8', '--role', 'leader');
    expect([coordinator.status, coordinator.stderr]).toEqual([0, '']);
    const missing = newMember(tree, '--region', 'ulytau', '--unit', 'karazhal', '--rural', 'zhayrem', '--name', 'Әлия Бекова', '--consent-name', 'hidden', '--grade', '6');
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('--coordinator')]);
    const created = newMember(tree, '--region', 'ulytau', '--unit', 'karazhal', '--rural', 'zhayrem', '--coordinator', 'damir-o', '--name', 'Әлия Бекова', '--consent-name', 'hidden', '--grade', '6', '--role', 'leader');
    expect([created.status, created.stderr]).toEqual([0, '']);
    expect(tree.read(UNIT)).toContain('      - { id: test-nurai-n, name: Нұрай Н., grade: 9, role: leader, consent: { name: initial, photo: false } }\n      - { id: timur-akhmetov, name: Тимур Ахметов, grade: 9, role: member, consent: { name: full, photo: true }, since: 2027-05-10 }\n');
    expect(tree.read(karazhal)).toBe(
      'region: ulytau\nunit: karazhal\nmembers:\n  - { id: damir-o, name: Дамир О., grade: 8, role: leader, consent: { name: initial, photo: false }, since: 2027-05-10, coordinates: [zhayrem] }\nrural:\n  - id: zhayrem\n    members:\n      - { id: aliya-b, name: Әлия Б., grade: 6, role: leader, consent: { name: hidden, photo: false }, since: 2027-05-10 }\n',
    );
    expect(tree.validate(new Date(NOW)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('adds a regional member who heads a city or district', () => {
    const tree = fixtureTree();
    tree.replace(REGION, /  - \{ id: test-gul-g.*\n/, '');
    const run = newMember(tree, '--region', 'ulytau', '--name', 'Гүлнар Сейітова', '--consent-name', 'initial', '--grade', '10', '--heads', 'ulytau');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(tree.read(REGION).trimEnd().split('\n').at(-1)).toBe('  - { id: gulnar-s, name: Гүлнар С., grade: 10, role: member, heads: [ulytau], consent: { name: initial, photo: false }, since: 2027-05-10 }');
    expect(tree.validate(new Date(NOW))).toEqual([]);
  });

  it('refuses a member the rules would reject, and leaves the file untouched', () => {
    const tree = fixtureTree();
    const before = tree.read(REGION);
    const run = newMember(tree, '--region', 'ulytau', '--name', 'Арман Қасым', '--consent-name', 'initial', '--grade', '3', '--heads', 'zhezkazgan');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/representations/ulytau/region.yaml:');
    expect(tree.read(REGION)).toBe(before);
  });

  it('keeps ids unique across the country', () => {
    const tree = fixtureTree();
    newMember(tree, '--region', 'ulytau', '--unit', 'zhezkazgan', '--name', 'Сәуле Мұратова', '--consent-name', 'initial', '--grade', '7');
    newMember(tree, '--region', 'ulytau', '--unit', 'zhezkazgan', '--name', 'Сәуле Маратқызы', '--consent-name', 'initial', '--grade', '8');
    expect(tree.read(UNIT)).toContain('id: saule-m-2, name: Сәуле М.');
  });
});

describe('the public form of a name', () => {
  it('keeps the surname only with full consent', () => {
    expect(publicForm('Айгерім Сейітова', 'full')).toBe('Айгерім Сейітова');
    expect(publicForm(' айгерім  сейітова ', 'initial')).toBe('айгерім С.');
    expect(publicForm('Айгерім С.', 'hidden')).toBe('Айгерім С.');
    expect(() => publicForm('Айгерім', 'initial')).toThrow(/--name/);
  });
});

describe('appending to a YAML list', () => {
  it('adds to a one-line list field, or adds the field, in flow and block maps', () => {
    const text = 'members:\n  - { id: a, coordinates: [x] }\n  - { id: b }\n  - id: c\n    grade: 5\n';
    expect(addToListField(text, ['members', 0], 'coordinates', 'y')).toBe('members:\n  - { id: a, coordinates: [x, y] }\n  - { id: b }\n  - id: c\n    grade: 5\n');
    expect(addToListField(text, ['members', 1], 'coordinates', 'y')).toBe('members:\n  - { id: a, coordinates: [x] }\n  - { id: b, coordinates: [y] }\n  - id: c\n    grade: 5\n');
    expect(addToListField(text, ['members', 2], 'coordinates', 'y')).toBe('members:\n  - { id: a, coordinates: [x] }\n  - { id: b }\n  - id: c\n    grade: 5\n    coordinates: [y]\n');
  });

  it('turns an empty [] into a block list under its key', () => {
    expect(appendToSequence('region: x\nunit: y\nmembers: []\n', ['members'], '{ id: a }')).toBe('region: x\nunit: y\nmembers:\n  - { id: a }\n');
  });

  it('appends after a last item that spans several lines, and keeps comments', () => {
    const text = 'members:\n  # leaders first\n  - id: a\n    name: A\n  - id: b # second\n    name: B\nrural: []\n';
    expect(appendToSequence(text, ['members'], '{ id: c }')).toBe('members:\n  # leaders first\n  - id: a\n    name: A\n  - id: b # second\n    name: B\n  - { id: c }\nrural: []\n');
  });
});
