/**
 * Rule family `projects` over the valid fixture plus a project file written into it: every new rule
 * id fails on a real file at its file, line and column, and a correct project passes clean.
 */
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { problemsOf } from './family-problems.ts';

const PROJECT = 'projects/ulytau/clean-kengir.mdx';
const FILE = `content/${PROJECT}`;

/** A valid project of the fixture's Zhezkazgan representation, with its team (one from its Kengir village) and event. */
const VALID_PROJECT = `---
title: { kk: "Таза Кеңгір", ru: "Чистый Кенгир" }
summary: { kk: "Балалар өзен жағасын тазалады.", ru: "Дети очистили берег реки." }
representation: ulytau/zhezkazgan
topics: [ecology]
seasons: [2027]
stage: running
results: { children_involved: 12, people_helped: 300, events_held: 1, events: [2027/test-reading] }
team: [test-lala-l, test-iliyas-i]
promoted: { event: 2027/test-reading }
lang: kk
---
Біз өзен жағасын тазаладық.

## Қалай қайталауға болады

1. Әкімдіктен рұқсат алыңыз.
`;

function withProject(text = VALID_PROJECT) {
  const tree = fixtureTree();
  tree.write(PROJECT, text);
  return tree;
}

describe('projects: a valid project', () => {
  it('passes clean', () => {
    expect(problemsOf(withProject())).toEqual([]);
  });

  it('may be run by a region, with members from below it', () => {
    const tree = withProject(VALID_PROJECT.replace('representation: ulytau/zhezkazgan', 'representation: ulytau'));
    expect(problemsOf(tree)).toEqual([]);
  });

  it('reports a schema error in its front matter at the field', () => {
    const tree = withProject(VALID_PROJECT.replace('stage: running', 'stage: started'));
    expect(problemsOf(tree)).toMatchObject([{ rule: 'schema-enum', file: FILE, line: 7, column: 8 }]);
  });
});

describe('projects: references', () => {
  it('reports a representation that does not exist', () => {
    const tree = withProject(VALID_PROJECT.replace('ulytau/zhezkazgan', 'ulytau/zhezkazgan/kengirr'));
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'project-representation-unknown', file: FILE, line: 4, column: 17, params: { representation: 'ulytau/zhezkazgan/kengirr' } },
      { rule: 'project-member-outside', file: FILE, line: 9, column: 8 },
      { rule: 'project-member-outside', file: FILE, line: 9, column: 21 },
    ]);
  });

  it('reports a representation of another region than its folder', () => {
    const tree = withProject(VALID_PROJECT.replace('representation: ulytau/zhezkazgan', 'representation: karaganda'));
    expect(problemsOf(tree).filter((x) => x.rule.startsWith('project-region'))).toMatchObject([
      { rule: 'project-region-mismatch', file: FILE, line: 4, column: 17, params: { expected: 'ulytau' } },
    ]);
  });

  it('reports an unknown topic with the known ones', () => {
    const tree = withProject(VALID_PROJECT.replace('topics: [ecology]', 'topics: [ecology, sport]'));
    expect(problemsOf(tree)).toMatchObject([{ rule: 'topic-unknown', file: FILE, line: 5, column: 19, params: { topic: 'sport', known: 'ecology, reading' } }]);
  });

  it('reports events that do not exist, in results and promoted', () => {
    const tree = withProject(VALID_PROJECT.replace('events: [2027/test-reading]', 'events: [2027/test-readin]').replace('promoted: { event: 2027/test-reading }', 'promoted: { event: 2026/gone }'));
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'project-event-unknown', file: FILE, line: 8, column: 80, params: { path: 'results.events[0]', event: '2027/test-readin' } },
      { rule: 'project-event-unknown', file: FILE, line: 10, column: 20, params: { path: 'promoted.event', event: '2026/gone' } },
    ]);
  });
});

describe('projects: the team', () => {
  it('reports a member id nobody has, and a repeated one', () => {
    const tree = withProject(VALID_PROJECT.replace('team: [test-lala-l, test-iliyas-i]', 'team: [test-lala-l, test-nobody, test-lala-l]'));
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'project-member-unknown', file: FILE, line: 9, column: 21, params: { path: 'team[1]' } },
      { rule: 'project-member-duplicate', file: FILE, line: 9, column: 34, params: { path: 'team[2]' } },
    ]);
  });

  it('reports a member of another representation, who the page would tie to this one', () => {
    const tree = withProject(VALID_PROJECT.replace('representation: ulytau/zhezkazgan', 'representation: ulytau/zhezkazgan/kengir'));
    expect(problemsOf(tree)).toMatchObject([{ rule: 'project-member-outside', file: FILE, line: 9, column: 21, params: { path: 'team[1]', representation: 'ulytau/zhezkazgan/kengir' } }]);
  });

  it('reports the name of a hidden member in the body, without echoing it', () => {
    const tree = withProject(VALID_PROJECT.replace('Біз өзен', 'Ләлә Л. және біз өзен'));
    tree.replace('representations/ulytau/zhezkazgan.yaml', 'name: Ләлә Л., grade: 5, role: leader, consent: { name: initial', 'name: Ләлә Лаева, grade: 5, role: leader, consent: { name: hidden');
    const problems = problemsOf(tree);
    expect(problems).toMatchObject([{ rule: 'project-hidden-member-named', file: FILE, line: 13, column: 1, params: { path: 'body' } }]);
    expect(JSON.stringify(problems)).not.toContain('Ләлә');
  });

  it('reports the name of a hidden member in the title', () => {
    const tree = withProject(VALID_PROJECT.replace('ru: "Чистый Кенгир"', 'ru: "Чистый Кенгир Ілияс І."'));
    tree.replace('representations/ulytau/zhezkazgan.yaml', "name: Ілияс І., grade: 8, role: leader, consent: { name: initial", 'name: Ілияс І., grade: 8, role: leader, consent: { name: hidden');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'project-hidden-member-named', file: FILE, line: 2, params: { path: 'title.ru' } }]);
  });
});

describe('projects: the body', () => {
  it('requires a "how to repeat it" section', () => {
    const tree = withProject(VALID_PROJECT.replace('## Қалай қайталауға болады', 'Қалай қайталауға болады'));
    expect(problemsOf(tree)).toMatchObject([{ rule: 'project-how-to-repeat', file: FILE, line: 13, column: 1 }]);
  });

  it('accepts the section in Russian', () => {
    const tree = withProject(VALID_PROJECT.replace('## Қалай қайталауға болады', '### Как повторить'));
    expect(problemsOf(tree)).toEqual([]);
  });

  it('is scanned for personal data like every body', () => {
    const tree = withProject(VALID_PROJECT.replace('Біз өзен', 'Телефон +7 701 234 56 78. Біз өзен'));
    expect(tree.validate().map((x) => x.rule)).toContain('personal-phone');
  });
});
