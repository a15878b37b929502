import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../src/validator/validate.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { AFTER_DEADLINES, problemsOf } from './family-problems.ts';

const REGION = 'representations/ulytau/region.yaml';
const UNIT = 'representations/ulytau/zhezkazgan.yaml';
const DANA = '  - { id: test-dana-d, name: Дана Д., grade: 10, role: member, heads: [satbayev], consent: { name: hidden, photo: false } }\n';

describe('hierarchy: regional members head the cities and districts', () => {
  it('reports a unit without its head at the members key, as an error once the composition is due', () => {
    const tree = fixtureTree();
    tree.replace(REGION, DANA, '');
    const [problem, ...rest] = problemsOf(tree, AFTER_DEADLINES);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'unit-not-headed',
      severity: 'error',
      file: `content/${REGION}`,
      line: 11,
      column: 1,
      params: { unit: 'satbayev', count: 0, required: 1 },
    });
    expect(renderProblem(problem!, 'kk').message).toContain('«Сәтбаев қаласы» (satbayev)');
    expect(renderProblem(problem!, 'ru').message).toContain('«город Сатпаев» (satbayev)');
  });

  it('only warns about a unit without its head while the roster is being formed', () => {
    const tree = fixtureTree();
    tree.replace(REGION, DANA, '');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'unit-not-headed', severity: 'warning', line: 11 }]);
  });

  it('reports a second head of a unit at the second heads entry', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'heads: [satbayev]', 'heads: [satbayev, karazhal]');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'unit-headed-twice', file: `content/${REGION}`, line: 14, column: 82, params: { path: 'members[2].heads[1]', required: 1, name_kk: 'Қаражал қаласы' } },
    ]);
  });

  it('follows region_members_per_unit from movement.yaml', () => {
    const tree = fixtureTree();
    tree.replace('movement.yaml', 'region_members_per_unit: 1', 'region_members_per_unit: 2');
    tree.replace(REGION, 'heads: [satbayev]', 'heads: [satbayev, karazhal]');
    expect(problemsOf(tree).map((p) => [p.rule, p.params['unit']])).toEqual([
      ['unit-not-headed', 'zhezkazgan'],
      ['unit-not-headed', 'satbayev'],
      ['unit-not-headed', 'zhanaarka'],
      ['unit-not-headed', 'ulytau'],
    ]);
  });

  it('reports heads naming a unit that is not in the region', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'heads: [ulytau]', 'heads: [ulytay]');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'unit-not-headed', line: 11, params: { unit: 'ulytau' } },
      { rule: 'heads-unknown', file: `content/${REGION}`, line: 16, column: 70, params: { path: 'members[4].heads[0]', unit: 'ulytay', region: 'ulytau' } },
    ]);
  });

  it('reports a regional member who heads nothing', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'heads: [satbayev], ', '');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'unit-not-headed', line: 11, params: { unit: 'satbayev' } },
      { rule: 'member-heads-nothing', file: `content/${REGION}`, line: 14, column: 5, params: { path: 'members[2]' } },
    ]);
  });
});

describe('hierarchy: city/district members coordinate the rural representations', () => {
  it('reports a rural representation nobody coordinates', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, ', coordinates: [talap]', '');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'rural-not-coordinated', file: `content/${UNIT}`, line: 14, column: 9, params: { path: 'rural[2].id', rural: 'talap' } },
    ]);
  });

  it('reports coordinates that name no rural representation of the file', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'coordinates: [talap]', 'coordinates: [talap, aktas]');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'coordinates-unknown', file: `content/${UNIT}`, line: 5, params: { path: 'members[1].coordinates[1]', rural: 'aktas' } },
    ]);
  });
});

describe('hierarchy: one leader per representation', () => {
  it.each([
    ['the regional representation', REGION, 'role: leader, heads', 'role: member, heads', 11, 'members'],
    ['a city representation', UNIT, 'grade: 8, role: leader', 'grade: 8, role: member', 3, 'members'],
    ['a rural representation', UNIT, 'grade: 5, role: leader', 'grade: 5, role: member', 9, 'rural[0].members'],
  ])('reports %s without a leader at its members key', (_, file, from, to, line, path) => {
    const tree = fixtureTree();
    tree.replace(file, from, to);
    expect(problemsOf(tree)).toMatchObject([{ rule: 'leader-missing', file: `content/${file}`, line, params: { path } }]);
  });

  it('reports a second leader at its role', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'grade: 8, role: member', 'grade: 8, role: leader');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'leader-duplicate', file: `content/${REGION}`, line: 13, column: 53, params: { path: 'members[1].role' } }]);
  });

  it('leaves an empty representation (still being formed) alone until its deadline', () => {
    const tree = fixtureTree();
    tree.write(REGION, 'region: ulytau\nmembers: []\n');
    tree.write('awards/2027.yaml', '[]\n');
    expect(problemsOf(tree)).toEqual([]);
  });
});

describe('hierarchy: member grades', () => {
  it('reports a grade outside member_grades', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'name: Ләлә Л., grade: 5', 'name: Ләлә Л., grade: 4');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'grade-out-of-range', file: `content/${UNIT}`, line: 10, column: 50, params: { path: 'rural[0].members[0].grade', from: 5, to: 11 } },
    ]);
  });

  it('follows member_grades from movement.yaml', () => {
    const tree = fixtureTree();
    tree.replace('movement.yaml', 'member_grades: [5, 11]', 'member_grades: [5, 10]');
    tree.replace('events/2027/test-reading.mdx', 'grades: [5, 11]', 'grades: [5, 10]');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'grade-out-of-range', file: `content/${REGION}`, line: 16, column: 44, params: { path: 'members[4].grade', to: 10 } }]);
  });
});
