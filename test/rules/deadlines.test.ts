import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { renderProblem } from '../../src/validator/validate.ts';
import { BEFORE_DEADLINES, fixtureTree } from '../helpers/fixture-tree.ts';
import { AFTER_DEADLINES, problemsOf } from './family-problems.ts';

const REGION = 'representations/ulytau/region.yaml';
const APPROVED = 'approved:\n  date: 2027-05-20\n  order: "№ 45-ө"\n  by: { kk: Ұлытау облысының білім басқармасы, ru: Управление образования области Ұлытау }\n';
/** A second region, with no representation: the fixture's deadlines must not block on it. */
const SHYMKENT = `id: shymkent
kato: "790000000"
kind: city
name: { kk: Шымкент қаласы, ru: город Шымкент, en: Shymkent }
units:
  - { id: abai, kato: "791000000", kind: city-district, name: { kk: Абай ауданы, ru: Абайский район } }
`;
const at = (iso: string) => new Date(iso);

describe('deadlines: before the composition deadline', () => {
  it('reports nothing weeks ahead, even for a region that has nothing yet', () => {
    const tree = fixtureTree();
    tree.write('geography/shymkent.yaml', SHYMKENT);
    tree.replace(REGION, APPROVED, '');
    expect(problemsOf(tree, BEFORE_DEADLINES)).toEqual([]);
    expect(problemsOf(tree, at('2027-05-17T12:00:00+05:00'))).toEqual([]);
  });

  it('warns a region without its approval 7 days ahead, with the days left', () => {
    const tree = fixtureTree();
    tree.replace(REGION, APPROVED, '');
    const problems = problemsOf(tree, at('2027-05-18T09:00:00+05:00'));
    expect(problems).toMatchObject([
      { rule: 'deadline-near', severity: 'warning', file: `content/${REGION}`, line: 7, column: 1, params: { days: 7, reason: 'approval', deadline: '2027-05-25' } },
    ]);
    expect(renderProblem(problems[0]!, 'ru').message).toContain('осталось 7 дней');
    expect(renderProblem(problems[0]!, 'kk').message).toContain('7 күн қалды');
  });

  it('warns a region with no representation on its geography file', () => {
    const tree = fixtureTree();
    tree.write('geography/shymkent.yaml', SHYMKENT);
    expect(problemsOf(tree, at('2027-05-24T09:00:00+05:00'))).toMatchObject([
      { rule: 'deadline-near', file: 'content/geography/shymkent.yaml', line: 1, column: 1, params: { days: 1, reason: 'representation', region: 'shymkent' } },
    ]);
  });

  it('warns a region whose cities and districts are not all headed', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'heads: [satbayev]', 'heads: [zhezkazgan]');
    expect(problemsOf(tree, at('2027-05-20T09:00:00+05:00')).map((p) => [p.rule, p.severity, p.params['reason'] ?? p.params['unit']])).toEqual([
      ['deadline-near', 'warning', 'heads'],
      ['unit-not-headed', 'warning', 'satbayev'],
      ['unit-headed-twice', 'error', undefined],
    ]);
  });

  it('says "today" on the deadline day, until 23:59:59 in Kazakhstan', () => {
    const tree = fixtureTree();
    tree.replace(REGION, APPROVED, '');
    const problems = problemsOf(tree, at('2027-05-25T23:59:00+05:00'));
    expect(problems).toMatchObject([{ rule: 'deadline-near', params: { days: 0 } }]);
    expect(renderProblem(problems[0]!, 'kk').message).toContain('бүгін');
    expect(renderProblem(problems[0]!, 'ru').message).toContain('Сегодня');
  });

  it('counts days in Russian with the right plural', () => {
    const ru = RULES.get('deadline-near')!.messages.ru;
    const say = (days: number) => ru({ days, deadline: '2027-05-25', name_ru: 'область Ұлытау', reason: 'approval', region: 'ulytau' });
    expect([1, 2, 5, 7].map(say).map((m) => m.match(/(осталось|остался) \d+ [а-я]+/)![0])).toEqual(['остался 1 день', 'осталось 2 дня', 'осталось 5 дней', 'осталось 7 дней']);
  });
});

describe('deadlines: after the composition deadline', () => {
  it('keeps the valid fixture clean', () => {
    expect(problemsOf(fixtureTree(), AFTER_DEADLINES)).toEqual([]);
  });

  it('reports a staffed regional representation without approval as an error at its members', () => {
    const tree = fixtureTree();
    tree.replace(REGION, APPROVED, '');
    expect(problemsOf(tree, AFTER_DEADLINES)).toMatchObject([
      { rule: 'approval-missing', severity: 'error', file: `content/${REGION}`, line: 7, column: 1, params: { deadline: '2027-05-25' } },
    ]);
  });

  it('lets the deadline pass at 23:59:59+05:00, not at midnight UTC', () => {
    const tree = fixtureTree();
    tree.replace(REGION, APPROVED, '');
    // 20:00 UTC on 25 May is already 26 May in Kazakhstan.
    expect(problemsOf(tree, at('2027-05-25T20:00:00Z')).map((p) => p.rule)).toEqual(['approval-missing']);
    expect(problemsOf(tree, at('2027-05-25T18:59:00Z')).map((p) => p.rule)).toEqual(['deadline-near']);
  });

  it('warns about an approval dated after the deadline', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'date: 2027-05-20', 'date: 2027-05-27');
    expect(problemsOf(tree, AFTER_DEADLINES)).toMatchObject([
      { rule: 'approval-late', severity: 'warning', file: `content/${REGION}`, line: 4, column: 9, params: { deadline: '2027-05-25' } },
    ]);
  });

  it("does not count last season's approval, which dates from before the previous summer's end", () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'date: 2027-05-20', 'date: 2026-08-31');
    expect(problemsOf(tree, BEFORE_DEADLINES)).toEqual([]);
    expect(problemsOf(tree, at('2027-05-22T12:00:00+05:00'))).toMatchObject([{ rule: 'deadline-near', line: 3, params: { reason: 'approval' } }]);
    expect(problemsOf(tree, AFTER_DEADLINES)).toMatchObject([
      { rule: 'approval-outdated', severity: 'error', file: `content/${REGION}`, line: 4, column: 9, params: { since: '2026-09-01', season: 2027 } },
    ]);
  });

  it('counts an approval from the autumn before the season', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'date: 2027-05-20', 'date: 2026-09-01');
    expect(problemsOf(tree, AFTER_DEADLINES)).toEqual([]);
  });

  it('only warns about a region with no representation, on its geography file, so other regions are not blocked', () => {
    const tree = fixtureTree();
    tree.write('geography/shymkent.yaml', SHYMKENT);
    const problems = problemsOf(tree, AFTER_DEADLINES);
    expect(problems).toMatchObject([{ rule: 'region-unrepresented', severity: 'warning', file: 'content/geography/shymkent.yaml', line: 1, column: 1 }]);
    expect(renderProblem(problems[0]!, 'kk').message).toContain('«Шымкент қаласы»');
  });

  it('treats an empty regional representation as no representation, pointing at its members', () => {
    const tree = fixtureTree();
    tree.write(REGION, 'region: ulytau\nmembers: []\n');
    tree.write('awards/2027.yaml', '[]\n');
    expect(problemsOf(tree, AFTER_DEADLINES)).toMatchObject([{ rule: 'region-unrepresented', file: `content/${REGION}`, line: 2, column: 1 }]);
  });

  it('waits for a schema error in region.yaml to be fixed before judging its deadline', () => {
    const tree = fixtureTree();
    tree.replace(REGION, APPROVED, '');
    tree.replace(REGION, 'grade: 9', 'grade: nine');
    expect(problemsOf(tree, AFTER_DEADLINES).map((p) => p.rule)).toEqual(['schema-type']);
  });
});

describe('deadlines: the season', () => {
  it('requires the deadlines to fall in the season year', () => {
    const tree = fixtureTree();
    tree.replace('movement.yaml', 'ministry_list: 2027-05-30', 'ministry_list: 2028-05-30');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'deadline-season-mismatch', file: 'content/movement.yaml', line: 6, column: 18, params: { path: 'deadlines.ministry_list', season: 2027 } },
    ]);
  });
});
